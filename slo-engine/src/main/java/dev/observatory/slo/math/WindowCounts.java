package dev.observatory.slo.math;

import java.util.OptionalDouble;

/**
 * Good and total events over a window, and how many of its minutes had data at all.
 *
 * @param good good events
 * @param total all events
 * @param minutesWithData minutes of the window for which a count was recorded (possibly 0 events)
 */
public record WindowCounts(double good, double total, int minutesWithData) {
  public static final WindowCounts NONE = new WindowCounts(0, 0, 0);

  /** Whether the window has any events; without them there is no ratio. */
  public boolean hasEvents() {
    return minutesWithData > 0 && total > 0;
  }

  /**
   * Bad events ÷ total events, clamped to [0, 1] (counters scraped at slightly different moments
   * can make good exceed total in one minute); empty when the window has no events.
   */
  public OptionalDouble errorRatio() {
    if (!hasEvents()) return OptionalDouble.empty();
    double ratio = (total - good) / total;
    return OptionalDouble.of(ratio <= 0 ? 0.0 : Math.min(ratio, 1.0));
  }
}
