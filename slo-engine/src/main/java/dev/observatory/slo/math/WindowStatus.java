package dev.observatory.slo.math;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One sliding window ending at the evaluation minute: its counts, error ratio and burn rate (the
 * error ratio ÷ the error budget). Both are empty when the window has no events.
 */
public record WindowStatus(Duration length, WindowCounts counts, OptionalDouble errorRatio, OptionalDouble burnRate) {
  public WindowStatus {
    Objects.requireNonNull(length, "length");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(errorRatio, "errorRatio");
    Objects.requireNonNull(burnRate, "burnRate");
  }
}
