package dev.observatory.slo.report;

import dev.observatory.slo.model.Objective;
import dev.observatory.slo.model.SloId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One SLO over one report period. Figures count occurrences (bad events ÷ events) whatever the
 * SLO's own budgeting, which {@link #budgeting()} names.
 *
 * @param window the SLO's own window, as text (the report period may differ from it)
 * @param sli good ÷ total events over the period; empty without events
 * @param totalEvents all events counted in the period (0 is a fact here, not a ratio)
 * @param minutesWithData minutes of the period for which the source had a count
 * @param budgetMinutes {@code (1 − objective) × minutes in the period}: known even without data
 * @param budget the budget in events and in minutes; empty without events
 * @param episodes alert episodes overlapping the period, by start
 * @param attribution downstream spans by errors, most first
 * @param days per UTC day: its SLI and the budget left at its end
 */
public record SloReport(
    SloId id,
    String description,
    Objective objective,
    String window,
    String budgeting,
    Compliance compliance,
    OptionalDouble sli,
    double totalEvents,
    long periodMinutes,
    long minutesWithData,
    double budgetMinutes,
    Optional<Budget> budget,
    Trend trend,
    List<AlertEpisode> episodes,
    List<ErrorAttribution> attribution,
    List<Day> days) {

  public SloReport {
    Objects.requireNonNull(id, "id");
    description = description == null ? "" : description;
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(compliance, "compliance");
    Objects.requireNonNull(sli, "sli");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(trend, "trend");
    episodes = List.copyOf(episodes);
    attribution = List.copyOf(attribution);
    days = List.copyOf(days);
    if (compliance == Compliance.NO_DATA ? budget.isPresent() || sli.isPresent() : budget.isEmpty() || sli.isEmpty()) {
      throw new IllegalArgumentException(id + ": " + compliance + " does not agree with the SLI and budget given");
    }
  }

  /** The share of minutes with data, 0 to 1. */
  public double dataCoverage() {
    return periodMinutes == 0 ? 0 : (double) minutesWithData / periodMinutes;
  }

  /** Whether the objective was reached. No data is neither. */
  public enum Compliance {
    MET,
    MISSED,
    NO_DATA;

    /** {@code met}, {@code missed}, {@code no data}. */
    public String text() {
      return this == NO_DATA ? "no data" : name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * The error budget, in events and in minutes of full outage. Consumed minutes are the minutes of
   * total outage that would give the same error ratio: bad events ÷ (events ÷ minutes in the
   * period) = error ratio × minutes in the period; so the minute and event figures always agree on
   * the share consumed. {@link SloReport#dataCoverage()} tells how much of the period was observed.
   *
   * @param events {@code (1 − objective) × events}: the bad events the objective allows
   * @param eventsConsumed bad events
   * @param eventsLeft {@code events − eventsConsumed} (negative once overspent)
   * @param consumed the share spent, error ratio ÷ (1 − objective), may exceed 1
   * @param left {@code 1 − consumed}
   */
  public record Budget(
      double events,
      double eventsConsumed,
      double eventsLeft,
      double minutes,
      double minutesConsumed,
      double minutesLeft,
      double consumed,
      double left) {}

  /**
   * Against the previous period: deltas are this period minus the previous one, as ratios (an SLI
   * delta of 0.0005 is +0.05 percentage points). All empty when either period has no data.
   */
  public record Trend(String previousPeriod, OptionalDouble previousSli, OptionalDouble previousBudgetConsumed, OptionalDouble sliDelta, OptionalDouble budgetConsumedDelta) {
    public Trend {
      Objects.requireNonNull(previousPeriod, "previousPeriod");
    }

    public boolean hasData() {
      return sliDelta.isPresent();
    }
  }

  /**
   * One UTC day: its SLI (empty without events that day) and the share of the period's budget left
   * at its end (empty when the whole period has no data).
   */
  public record Day(LocalDate date, OptionalDouble sli, OptionalDouble budgetLeft) {}
}
