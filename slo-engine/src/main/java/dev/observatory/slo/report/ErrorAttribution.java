package dev.observatory.slo.report;

import java.util.Objects;

/** A downstream span and how many errors it had during the SLO's bad minutes (from traces). */
public record ErrorAttribution(String spanName, long errors) {
  public ErrorAttribution {
    Objects.requireNonNull(spanName, "spanName");
    if (spanName.isBlank()) throw new IllegalArgumentException("span name must not be blank");
    if (errors < 0) throw new IllegalArgumentException(spanName + ": " + errors + " errors, must be at least 0");
  }
}
