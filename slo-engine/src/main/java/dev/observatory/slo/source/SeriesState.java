package dev.observatory.slo.source;

import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The last counted value of one series of one target, as of the last closed minute: what the
 * engine persists so that after a restart the next scrape counts only what is new.
 */
public record SeriesState(String target, String metric, SortedMap<String, String> labels, double value, long epochMillis) {
  public SeriesState {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(metric, "metric");
    labels = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(labels));
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(metric + labels + ": " + value + " is not a counter value (finite, non-negative)");
    }
  }
}
