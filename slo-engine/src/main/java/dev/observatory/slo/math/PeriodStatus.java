package dev.observatory.slo.math;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The SLO's compliance period as of the evaluation minute {@code now}.
 *
 * <p>For a rolling window the period is {@code [now - length, now)}; for a calendar window it is the
 * calendar week or month holding minute {@code now - 1}, {@code [startEpochMinute, endEpochMinute)},
 * of which {@code [startEpochMinute, now)} has elapsed, and {@code length} is the full length of
 * that week or month (DST days included as they are).
 *
 * @param counts the events over the elapsed part of the period
 * @param errorRatio bad ÷ total events over the elapsed part (occurrences, whatever the budgeting)
 * @param burnRate {@code errorRatio} ÷ the error budget
 * @param sli the service level indicator by the SLO's budgeting: good ÷ total events, good slices ÷
 *     slices with events, or the mean of the slices' good ratios
 * @param budgetConsumed the share of the period's error budget spent (may exceed 1)
 * @param budgetRemaining {@code 1 - budgetConsumed} (negative once the budget is overspent)
 */
public record PeriodStatus(
    long startEpochMinute,
    long endEpochMinute,
    Duration length,
    WindowCounts counts,
    OptionalDouble errorRatio,
    OptionalDouble burnRate,
    OptionalDouble sli,
    OptionalDouble budgetConsumed,
    OptionalDouble budgetRemaining) {
  public PeriodStatus {
    Objects.requireNonNull(length, "length");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(errorRatio, "errorRatio");
    Objects.requireNonNull(burnRate, "burnRate");
    Objects.requireNonNull(sli, "sli");
    Objects.requireNonNull(budgetConsumed, "budgetConsumed");
    Objects.requireNonNull(budgetRemaining, "budgetRemaining");
  }
}
