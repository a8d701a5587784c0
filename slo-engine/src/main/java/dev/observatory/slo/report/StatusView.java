package dev.observatory.slo.report;

import dev.observatory.slo.math.AlertState;
import dev.observatory.slo.math.AlertStatus;
import dev.observatory.slo.math.SloStatus;
import dev.observatory.slo.math.WindowStatus;
import dev.observatory.slo.model.Durations;
import dev.observatory.slo.model.Objective;
import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the status page shows of one SLO; {@link #of} builds it from the engine's evaluation.
 *
 * @param budgetLeft share of the period's error budget left (negative once overspent); empty: no data
 * @param burnRates shortest window first, then the period ({@code "period"})
 * @param page the worst state of the SLO's page alerts; empty when it has none
 * @param ticket the same for ticket alerts
 * @param burnDown budget left over the current period, oldest first
 * @param attribution the downstream calls that failed in the SLO's bad minutes, most errors first
 */
public record StatusView(
    SloId id,
    String description,
    Objective objective,
    OptionalDouble sli,
    OptionalDouble budgetLeft,
    List<BurnRate> burnRates,
    Optional<AlertState> page,
    Optional<AlertState> ticket,
    Optional<Duration> timeToExhaustion,
    Instant periodStart,
    Instant periodEnd,
    List<BurnDownPoint> burnDown,
    List<ErrorAttribution> attribution) {

  public StatusView {
    Objects.requireNonNull(id, "id");
    description = description == null ? "" : description;
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(sli, "sli");
    Objects.requireNonNull(budgetLeft, "budgetLeft");
    burnRates = List.copyOf(burnRates);
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(timeToExhaustion, "timeToExhaustion");
    if (!periodEnd.isAfter(periodStart)) throw new IllegalArgumentException(id + ": period ends at " + periodEnd + ", not after its start " + periodStart);
    burnDown = List.copyOf(burnDown);
    attribution = List.copyOf(attribution);
  }

  /** One window's burn rate; empty without events. */
  public record BurnRate(String window, OptionalDouble rate) {}

  /** The budget share left at an instant. */
  public record BurnDownPoint(Instant at, double budgetLeft) {
    public BurnDownPoint {
      Objects.requireNonNull(at, "at");
      if (Double.isNaN(budgetLeft) || Double.isInfinite(budgetLeft)) throw new IllegalArgumentException(at + ": budget left must be finite, got " + budgetLeft);
    }
  }

  /** The view of an evaluated SLO, with the burn-down the caller kept (e.g. from the store). */
  public static StatusView of(Slo slo, SloStatus status, List<BurnDownPoint> burnDown) {
    return of(slo, status, burnDown, List.of());
  }

  /** As {@link #of(Slo, SloStatus, List)}, with the error attribution the engine found. */
  public static StatusView of(Slo slo, SloStatus status, List<BurnDownPoint> burnDown, List<ErrorAttribution> attribution) {
    List<BurnRate> rates = new ArrayList<>();
    for (WindowStatus w : status.windows()) rates.add(new BurnRate(Durations.format(w.length()), w.burnRate()));
    rates.add(new BurnRate("period", status.period().burnRate()));
    return new StatusView(
        slo.id(),
        slo.description(),
        slo.objective(),
        status.period().sli(),
        status.period().budgetRemaining(),
        rates,
        worst(status.alerts(), Severity.PAGE),
        worst(status.alerts(), Severity.TICKET),
        status.timeToExhaustion(),
        Instant.ofEpochSecond(status.period().startEpochMinute() * 60),
        Instant.ofEpochSecond(status.period().endEpochMinute() * 60),
        burnDown,
        attribution);
  }

  /** Firing over no data over OK; empty when the SLO has no alert of that severity. */
  static Optional<AlertState> worst(List<AlertStatus> alerts, Severity severity) {
    Optional<AlertState> worst = Optional.empty();
    for (AlertStatus a : alerts) {
      if (a.alert().severity() != severity) continue;
      AlertState s = a.state();
      if (worst.isEmpty() || rank(s) > rank(worst.get())) worst = Optional.of(s);
    }
    return worst;
  }

  private static int rank(AlertState s) {
    return switch (s) {
      case OK -> 0;
      case NO_DATA -> 1;
      case FIRING -> 2;
    };
  }

  /** The summary state: {@code page}, {@code ticket} (firing), {@code no-data} or {@code ok}. */
  public String alertState() {
    if (page.filter(s -> s == AlertState.FIRING).isPresent()) return "page";
    if (ticket.filter(s -> s == AlertState.FIRING).isPresent()) return "ticket";
    if (budgetLeft.isEmpty() || page.filter(s -> s == AlertState.NO_DATA).isPresent() || ticket.filter(s -> s == AlertState.NO_DATA).isPresent()) {
      return "no-data";
    }
    return "ok";
  }
}
