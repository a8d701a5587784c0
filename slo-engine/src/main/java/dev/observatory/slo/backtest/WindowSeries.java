package dev.observatory.slo.backtest;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One window's error ratio at every evaluated minute: value {@code i} is the ratio over
 * {@code [t - window, t)} at evaluation time {@code t = firstEvaluationEpochMinute + i}. Empty
 * where the window had no events.
 */
public final class WindowSeries {
  private final Duration window;
  private final long firstEvaluation;
  private final double[] ratios; // NaN: no events

  WindowSeries(Duration window, long firstEvaluationEpochMinute, double[] ratios) {
    this.window = Objects.requireNonNull(window, "window");
    this.firstEvaluation = firstEvaluationEpochMinute;
    this.ratios = ratios;
  }

  public Duration window() {
    return window;
  }

  public long firstEvaluationEpochMinute() {
    return firstEvaluation;
  }

  public int size() {
    return ratios.length;
  }

  public OptionalDouble errorRatio(int i) {
    double r = ratios[i];
    return Double.isNaN(r) ? OptionalDouble.empty() : OptionalDouble.of(r);
  }
}
