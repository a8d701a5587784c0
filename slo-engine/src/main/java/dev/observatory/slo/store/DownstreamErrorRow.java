package dev.observatory.slo.store;

import java.util.Objects;

/** Errors of one downstream call ({@code spanName}) of a service in one minute. */
public record DownstreamErrorRow(String service, String spanName, long minute, double errors) {
  public DownstreamErrorRow {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(spanName, "spanName");
    if (!(errors >= 0) || Double.isInfinite(errors)) throw new IllegalArgumentException(service + " " + spanName + " minute " + minute + ": errors must be finite and not negative, got " + errors);
  }
}
