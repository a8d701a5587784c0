package dev.observatory.slo.simulate;

import java.util.Objects;
import java.util.Optional;

/**
 * One span's traffic in a scenario, before incidents.
 *
 * @param requestsPerMinute mean calls per minute over a day
 * @param cycleAmplitude how far the daily cycle swings around the mean, in [0, 1): the rate at
 *     hour h is {@code mean × (1 + amplitude × cos(2π (h − peakHour) / 24))}
 * @param peakHour the busiest hour of the day, UTC, in [0, 24)
 * @param errorRatio the share of calls that fail outside incidents, in [0, 1)
 * @param latency the duration distribution; without it no duration histogram is written
 */
public record Traffic(
    String service,
    String spanName,
    String spanKind,
    double requestsPerMinute,
    double cycleAmplitude,
    double peakHour,
    double errorRatio,
    Optional<Latency> latency,
    Noise noise) {
  public static final String DEFAULT_SPAN_KIND = "SPAN_KIND_SERVER";

  public Traffic {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(spanName, "spanName");
    Objects.requireNonNull(spanKind, "spanKind");
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(noise, "noise");
    String span = service + " " + spanName;
    if (!(requestsPerMinute >= 0) || Double.isInfinite(requestsPerMinute)) throw new IllegalArgumentException(span + ": requests per minute " + requestsPerMinute + " must be finite and not negative");
    if (!(cycleAmplitude >= 0 && cycleAmplitude < 1)) throw new IllegalArgumentException(span + ": daily cycle amplitude " + cycleAmplitude + " must be in [0, 1)");
    if (!(peakHour >= 0 && peakHour < 24)) throw new IllegalArgumentException(span + ": peak hour " + peakHour + " must be in [0, 24)");
    if (!(errorRatio >= 0 && errorRatio < 1)) throw new IllegalArgumentException(span + ": error ratio " + errorRatio + " must be in [0, 1)");
  }

  /** The mean rate at a minute of the day (0 to 1439), daily cycle applied. */
  double rateAt(int minuteOfDay) {
    if (cycleAmplitude == 0) return requestsPerMinute;
    double hours = minuteOfDay / 60.0 - peakHour;
    return requestsPerMinute * (1 + cycleAmplitude * Math.cos(2 * Math.PI * hours / 24));
  }

  @Override
  public String toString() {
    return service + " " + spanName;
  }
}
