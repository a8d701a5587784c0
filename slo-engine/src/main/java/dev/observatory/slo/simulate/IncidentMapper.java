package dev.observatory.slo.simulate;

import dev.observatory.slo.model.Durations;
import dev.observatory.slo.spec.DidYouMean;
import dev.observatory.slo.spec.Position;
import dev.observatory.slo.spec.Problems;
import dev.observatory.slo.spec.YamlMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a scenario's incidents: {@code at} (offset from the start) and {@code duration} in whole
 * minutes, within the days simulated; the kind's parameter ({@code errorRatio} for errors and slow
 * burns, {@code latencyFactor} for latency) and no other; spans that the traffic has; no two
 * incidents overlapping on a span.
 */
final class IncidentMapper {
  static final Set<String> FIELDS = Set.of("name", "kind", "service", "span", "at", "duration", "errorRatio", "latencyFactor");

  private final List<Traffic> traffic;
  private final long startMinute;
  private final int days;
  private final Problems problems;

  IncidentMapper(List<Traffic> traffic, long startMinute, int days, Problems problems) {
    this.traffic = traffic;
    this.startMinute = startMinute;
    this.days = days;
    this.problems = problems;
  }

  List<Incident> map(List<YamlMap> items) {
    List<Incident> incidents = new ArrayList<>();
    List<YamlMap> sources = new ArrayList<>();
    Map<String, Position> names = new HashMap<>();
    for (YamlMap item : items == null ? List.<YamlMap>of() : items) {
      Incident incident = incident(item);
      if (incident == null) continue;
      Position first = names.putIfAbsent(incident.name(), item.position());
      if (first != null) {
        problems.error(item.keyPosition("name"), "incident name \"" + incident.name() + "\" is used twice (first at " + first + ")");
        continue;
      }
      for (int i = 0; i < incidents.size(); i++) {
        Optional<Traffic> shared = sharedSpan(incidents.get(i), incident);
        if (shared.isPresent() && Scenario.overlap(incidents.get(i), incident)) {
          problems.error(item.positionOf("at"), "incident \"" + incident.name() + "\" overlaps \"" + incidents.get(i).name() + "\" (at "
              + sources.get(i).position() + ") on " + shared.get() + "; incidents on the same span must not overlap");
        }
      }
      incidents.add(incident);
      sources.add(item);
    }
    return incidents;
  }

  private Incident incident(YamlMap item) {
    item.rejectUnknown(FIELDS);
    IncidentKind kind = kind(item);
    String service = item.string("service", true);
    String span = item.string("span", false);
    boolean spanKnown = service != null && known(item, service, span);
    Long at = minutes(item, "at", true);
    Long length = minutes(item, "duration", false);
    long horizon = days * 1440L;
    if (at != null && at >= horizon) {
      problems.error(item.positionOf("at"), "incident starts at " + offset(at) + ", after the " + days + (days == 1 ? " day" : " days") + " simulated");
      at = null;
    } else if (at != null && length != null && at + length > horizon) {
      problems.error(item.positionOf("duration"), "incident ends at " + offset(at + length) + ", after the " + days + (days == 1 ? " day" : " days") + " simulated");
      length = null;
    }
    double errorRatio = kind == IncidentKind.OUTAGE ? 1 : 0;
    double latencyFactor = 1;
    boolean ratioUsed = kind == IncidentKind.ERRORS || kind == IncidentKind.SLOW_BURN;
    boolean factorUsed = kind == IncidentKind.LATENCY;
    Double ratio = ratioUsed ? Numbers.inRange(item, "errorRatio", true, 0, false, 1, true) : null;
    Double factor = factorUsed ? Numbers.inRange(item, "latencyFactor", true, 1, false, 1000, true) : null;
    if (kind != null) {
      if (!ratioUsed && item.has("errorRatio")) problems.error(item.keyPosition("errorRatio"), "errorRatio does not apply to " + kind.label() + " incidents (only errors and slowBurn)");
      if (!factorUsed && item.has("latencyFactor")) problems.error(item.keyPosition("latencyFactor"), "latencyFactor does not apply to " + kind.label() + " incidents (only latency)");
    }
    if (ratio != null) errorRatio = ratio;
    if (factor != null) latencyFactor = factor;
    if (kind == null || !spanKnown || at == null || length == null || (ratioUsed && ratio == null) || (factorUsed && factor == null)) return null;
    String name = item.has("name") ? item.string("name", false) : kind.label() + "@" + offset(at);
    if (name == null) return null;
    return new Incident(name, kind, service, Optional.ofNullable(span), startMinute + at, startMinute + at + length, errorRatio, latencyFactor);
  }

  private IncidentKind kind(YamlMap item) {
    String text = item.string("kind", true);
    if (text == null) return null;
    for (IncidentKind k : IncidentKind.values()) if (k.label().equals(text)) return k;
    List<String> labels = Arrays.stream(IncidentKind.values()).map(IncidentKind::label).toList();
    problems.error(item.positionOf("kind"), "unknown incident kind \"" + text + "\"; expected one of " + String.join(", ", labels) + DidYouMean.suggest(text, labels));
    return null;
  }

  private boolean known(YamlMap item, String service, String span) {
    List<String> services = traffic.stream().map(Traffic::service).distinct().toList();
    if (!services.contains(service)) {
      problems.error(item.positionOf("service"), "service \"" + service + "\" has no traffic in this scenario" + DidYouMean.suggest(service, services));
      return false;
    }
    if (span == null) return true;
    List<String> spans = traffic.stream().filter(t -> t.service().equals(service)).map(Traffic::spanName).toList();
    if (spans.contains(span)) return true;
    problems.error(item.positionOf("span"), "span \"" + span + "\" of " + service + " has no traffic in this scenario" + DidYouMean.suggest(span, spans));
    return false;
  }

  /** An offset or length in whole minutes; {@code at: 0} is the start. */
  private Long minutes(YamlMap item, String key, boolean zeroAllowed) {
    if (zeroAllowed && item.has(key) && "0".equals(item.string(key, false))) return 0L;
    Duration d = item.duration(key, true);
    if (d == null) return null;
    if (d.toMillis() % 60_000 != 0) {
      problems.error(item.positionOf(key), item.qualified(key) + " must be whole minutes, found " + Durations.format(d));
      return null;
    }
    return d.toMinutes();
  }

  private Optional<Traffic> sharedSpan(Incident a, Incident b) {
    return traffic.stream().filter(t -> a.covers(t.service(), t.spanName()) && b.covers(t.service(), t.spanName())).findFirst();
  }

  private static String offset(long minutes) {
    return minutes == 0 ? "0" : Durations.format(Duration.ofMinutes(minutes));
  }
}
