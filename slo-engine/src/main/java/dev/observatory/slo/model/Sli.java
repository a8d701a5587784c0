package dev.observatory.slo.model;

import java.time.Duration;
import java.util.Objects;

/**
 * What counts as good and bad. The spanmetrics shorthands and selector-based events can be
 * evaluated by the engine from any source; raw PromQL only by a Prometheus source.
 */
public sealed interface Sli {
  /** Whether the engine can count this SLI's events itself (from scraped counters). */
  default boolean selectorBased() {
    return true;
  }

  /** Spanmetrics shorthand: calls of one span; bad = error status. */
  record Availability(String service, String spanName) implements Sli {
    public Availability {
      requireText(service, "service");
      requireText(spanName, "spanName");
    }
  }

  /** Spanmetrics shorthand: calls of one span; good = faster than {@code threshold}, a histogram bucket boundary. */
  record Latency(String service, String spanName, Duration threshold) implements Sli {
    public Latency {
      requireText(service, "service");
      requireText(spanName, "spanName");
      Objects.requireNonNull(threshold, "threshold");
    }
  }

  /** Any counters: {@code total} plus exactly one of {@code good} or {@code bad}. */
  record Events(Selector total, Selector good, Selector bad) implements Sli {
    public Events {
      Objects.requireNonNull(total, "total");
      if ((good == null) == (bad == null)) {
        throw new IllegalArgumentException("an events SLI needs exactly one of good or bad");
      }
    }
  }

  /**
   * Raw PromQL: either an error-ratio query, or error and total queries, each with the
   * {@code {{.window}}} placeholder for the range (Sloth's convention).
   */
  record Promql(String errorRatioQuery, String errorQuery, String totalQuery) implements Sli {
    public Promql {
      boolean ratio = errorRatioQuery != null;
      boolean events = errorQuery != null || totalQuery != null;
      if (ratio == events || (events && (errorQuery == null || totalQuery == null))) {
        throw new IllegalArgumentException("a PromQL SLI needs either errorRatio, or both errorQuery and totalQuery");
      }
    }

    @Override
    public boolean selectorBased() {
      return false;
    }
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) throw new IllegalArgumentException(field + " must not be blank");
  }
}
