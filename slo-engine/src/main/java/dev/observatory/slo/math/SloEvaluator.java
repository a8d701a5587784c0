package dev.observatory.slo.math;

import dev.observatory.slo.model.Slo;

/**
 * Evaluates SLOs against their minute series. Compile each SLO once ({@link #compile(Slo)}) and
 * evaluate the plan every minute; {@link #evaluate(Slo, MinuteSeries, long)} compiles on each call
 * and suits one-off evaluations and tests.
 */
public final class SloEvaluator {
  private SloEvaluator() {}

  /**
   * Resolves what can be resolved ahead of time: windows, alert pairs, error budget, budgeting.
   *
   * @throws IllegalArgumentException when a window of the SLO's alert policy is not a whole number of minutes
   */
  public static SloPlan compile(Slo slo) {
    return new SloPlan(slo);
  }

  /** The SLO's status over the minutes strictly before {@code nowEpochMinute}. */
  public static SloStatus evaluate(Slo slo, MinuteSeries series, long nowEpochMinute) {
    return compile(slo).evaluate(series, nowEpochMinute);
  }
}
