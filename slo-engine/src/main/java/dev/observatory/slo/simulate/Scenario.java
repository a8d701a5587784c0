package dev.observatory.slo.simulate;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A synthetic workload: the spans' traffic from {@code start} on, and the scheduled incidents (the
 * ground truth of a backtest). Incidents cover spans of the traffic and do not overlap on a span.
 */
public record Scenario(Instant start, List<Traffic> traffic, List<Incident> incidents) {
  /** Where a scenario starts when neither its file nor the command line says: a fixed instant. */
  public static final Instant DEFAULT_START = Instant.parse("2026-10-01T00:00:00Z");

  public Scenario {
    Objects.requireNonNull(start, "start");
    traffic = List.copyOf(traffic);
    incidents = List.copyOf(incidents);
    if (start.getEpochSecond() % 60 != 0 || start.getNano() != 0) throw new IllegalArgumentException("start " + start + " must be a whole minute");
    if (traffic.isEmpty()) throw new IllegalArgumentException("a scenario needs the traffic of at least one span");
    Set<String> seen = new HashSet<>();
    for (Traffic t : traffic) {
      if (!seen.add(t.service() + "\n" + t.spanName() + "\n" + t.spanKind())) throw new IllegalArgumentException(t + " (" + t.spanKind() + ") appears twice");
    }
    for (Incident i : incidents) {
      if (traffic.stream().noneMatch(t -> i.covers(t.service(), t.spanName()))) throw new IllegalArgumentException(i.name() + ": covers no span of the scenario");
      for (Incident j : incidents) {
        if (i != j && overlap(i, j) && traffic.stream().anyMatch(t -> i.covers(t.service(), t.spanName()) && j.covers(t.service(), t.spanName()))) {
          throw new IllegalArgumentException(i.name() + " and " + j.name() + " overlap on the same span");
        }
      }
    }
  }

  public long startEpochMinute() {
    return start.getEpochSecond() / 60;
  }

  /** The same scenario starting at another instant: incidents keep their offsets from the start. */
  public Scenario startingAt(Instant newStart) {
    long shift = newStart.getEpochSecond() / 60 - startEpochMinute();
    List<Incident> moved = incidents.stream()
        .map(i -> new Incident(i.name(), i.kind(), i.service(), i.spanName(), i.startEpochMinute() + shift, i.endEpochMinute() + shift, i.errorRatio(), i.latencyFactor()))
        .toList();
    return new Scenario(newStart, traffic, moved);
  }

  static boolean overlap(Incident a, Incident b) {
    return a.startEpochMinute() < b.endEpochMinute() && b.startEpochMinute() < a.endEpochMinute();
  }
}
