package dev.observatory.slo.source;

import java.util.Objects;

/**
 * One sample of an exposition: the series' full name (as Prometheus stores it, suffix included:
 * {@code foo_total}, {@code foo_bucket}), its labels, its value, its timestamp in epoch milliseconds
 * ({@link #NO_TIMESTAMP} when the line had none) and the line it was read from.
 */
record Sample(String name, Labels labels, double value, long timestampMillis, int line) {
  static final long NO_TIMESTAMP = Long.MIN_VALUE;

  Sample {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(labels, "labels");
  }

  boolean hasTimestamp() {
    return timestampMillis != NO_TIMESTAMP;
  }

  @Override
  public String toString() {
    return name + labels + " " + value + (hasTimestamp() ? " @" + timestampMillis : "");
  }
}
