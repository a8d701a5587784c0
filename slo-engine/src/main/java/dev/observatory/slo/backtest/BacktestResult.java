package dev.observatory.slo.backtest;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A whole backtest.
 *
 * @param range the minutes evaluated (evaluation times {@code from + 1 … to})
 * @param groundTruth whether incidents were given (otherwise precision and recall are undefined)
 * @param slos per SLO, by id
 * @param totals per policy (input order) the measures over every SLO's episodes and incidents
 * @param skipped one line per SLO that could not be replayed, and why
 */
public record BacktestResult(
    MinuteRange range,
    List<AlertPolicy> policies,
    List<Duration> seriesWindows,
    boolean groundTruth,
    List<SloOutcome> slos,
    List<PolicyTotals> totals,
    List<String> skipped) {
  /** One policy's measures across all SLOs. */
  public record PolicyTotals(String policy, Measures measures) {}

  public BacktestResult {
    Objects.requireNonNull(range, "range");
    policies = List.copyOf(policies);
    seriesWindows = List.copyOf(seriesWindows);
    slos = List.copyOf(slos);
    totals = List.copyOf(totals);
    skipped = List.copyOf(skipped);
  }
}
