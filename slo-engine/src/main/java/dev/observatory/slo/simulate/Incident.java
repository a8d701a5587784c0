package dev.observatory.slo.simulate;

import java.util.Objects;
import java.util.Optional;

/**
 * One scheduled incident of a scenario: the ground truth a backtest measures alert policies
 * against. It covers minutes {@code [startEpochMinute, endEpochMinute)} of the span
 * {@code spanName} of {@code service}, or of every span of the service when no span is named.
 *
 * @param errorRatio share of calls failing while it lasts (1 for an outage; 0 for kinds that do
 *     not fail calls)
 * @param latencyFactor how many times slower calls are (1 for kinds that do not slow calls)
 */
public record Incident(
    String name,
    IncidentKind kind,
    String service,
    Optional<String> spanName,
    long startEpochMinute,
    long endEpochMinute,
    double errorRatio,
    double latencyFactor) {
  public Incident {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(spanName, "spanName");
    if (endEpochMinute <= startEpochMinute) {
      throw new IllegalArgumentException(name + ": an incident must last at least a minute, got [" + startEpochMinute + ", " + endEpochMinute + ")");
    }
    if (!(errorRatio >= 0 && errorRatio <= 1)) throw new IllegalArgumentException(name + ": error ratio " + errorRatio + " must be in [0, 1]");
    if (!(latencyFactor > 0) || Double.isInfinite(latencyFactor)) throw new IllegalArgumentException(name + ": latency factor " + latencyFactor + " must be positive");
  }

  /** Whether the incident touches the given span of the given service. */
  public boolean covers(String serviceName, String span) {
    return service.equals(serviceName) && spanName.map(span::equals).orElse(true);
  }

  public long minutes() {
    return endEpochMinute - startEpochMinute;
  }
}
