package dev.observatory.slo.simulate;

import dev.observatory.slo.spec.DidYouMean;
import dev.observatory.slo.spec.Position;
import dev.observatory.slo.spec.Problems;
import dev.observatory.slo.spec.SpecDocuments;
import dev.observatory.slo.spec.SpecProblem;
import dev.observatory.slo.spec.YamlMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a scenario file ({@code apiVersion: observatory/v1}, {@code kind: Scenario}) into a
 * {@link Scenario}, collecting every problem with its position; incidents are read by
 * {@link IncidentMapper} against the number of days to simulate.
 */
public final class ScenarioLoader {
  static final Set<String> TOP = Set.of("apiVersion", "kind", "start", "noise", "traffic", "incidents");
  static final Set<String> TRAFFIC = Set.of("service", "span", "spanKind", "requestsPerMinute", "dailyCycle", "errorRatio", "latency", "noise");
  static final Set<String> CYCLE = Set.of("amplitude", "peakHour");
  static final Set<String> LATENCY = Set.of("median", "p99");
  static final List<String> SPAN_KINDS = List.of("SPAN_KIND_SERVER", "SPAN_KIND_CLIENT", "SPAN_KIND_INTERNAL", "SPAN_KIND_PRODUCER", "SPAN_KIND_CONSUMER");

  private ScenarioLoader() {}

  /**
   * Reads a scenario for a history of {@code days} days.
   *
   * @throws InvalidScenarioException with every problem of the file
   * @throws IOException when the file cannot be read
   */
  public static Scenario load(Path file, int days) throws IOException {
    return parse(file.normalize().toString(), Files.readAllBytes(file), days);
  }

  /** Reads scenario text; {@code file} names it in messages. */
  public static Scenario parse(String file, String text, int days) {
    return parse(file, text.getBytes(StandardCharsets.UTF_8), days);
  }

  private static Scenario parse(String file, byte[] bytes, int days) {
    if (days < 1) throw new IllegalArgumentException("days must be at least 1, got " + days);
    Problems problems = new Problems();
    List<Node> docs = SpecDocuments.read(file, bytes, problems, "a scenario (apiVersion: observatory/v1, kind: Scenario)");
    Scenario scenario = null;
    if (docs.size() > 1) problems.error(Position.of(file, docs.get(1)), "a scenario file holds one document, found " + docs.size());
    if (!docs.isEmpty()) {
      YamlMap doc = YamlMap.of(file, docs.get(0), problems, "");
      if (doc != null) scenario = map(doc, days, problems);
    }
    List<SpecProblem> all = new ArrayList<>(problems.list());
    all.sort(SpecProblem.ORDER);
    if (all.stream().anyMatch(SpecProblem::isError) || scenario == null) throw new InvalidScenarioException(all);
    return scenario;
  }

  private static Scenario map(YamlMap doc, int days, Problems problems) {
    doc.rejectUnknown(TOP);
    String apiVersion = doc.string("apiVersion", true);
    if (apiVersion != null && !apiVersion.equals("observatory/v1")) problems.error(doc.positionOf("apiVersion"), "unknown apiVersion \"" + apiVersion + "\"; expected observatory/v1");
    String kind = doc.string("kind", true);
    if (kind != null && !kind.equals("Scenario")) problems.error(doc.positionOf("kind"), "kind \"" + kind + "\" is not a scenario; expected kind: Scenario" + DidYouMean.suggest(kind, List.of("Scenario")));
    Instant start = start(doc, problems);
    Noise noise = Optional.ofNullable(noise(doc, problems)).orElse(Noise.POISSON);
    List<Traffic> traffic = new ArrayList<>();
    List<Position> trafficAt = new ArrayList<>();
    List<YamlMap> items = doc.maps("traffic", true);
    if (items != null && items.isEmpty()) problems.error(doc.positionOf("traffic"), "traffic must list at least one span");
    for (YamlMap item : items == null ? List.<YamlMap>of() : items) {
      Traffic t = traffic(item, noise, problems);
      if (t == null) continue;
      int twin = traffic.indexOf(traffic.stream().filter(o -> o.service().equals(t.service()) && o.spanName().equals(t.spanName()) && o.spanKind().equals(t.spanKind())).findFirst().orElse(null));
      if (twin >= 0) {
        problems.error(item.position(), "span " + t + " appears twice in traffic (first at " + trafficAt.get(twin) + ")");
      } else {
        traffic.add(t);
        trafficAt.add(item.position());
      }
    }
    List<Incident> incidents = doc.has("incidents") && start != null && items != null
        ? new IncidentMapper(traffic, start.getEpochSecond() / 60, days, problems).map(doc.maps("incidents", false))
        : List.of();
    if (problems.errorCount() > 0 || start == null || traffic.isEmpty()) return null;
    return new Scenario(start, traffic, incidents);
  }

  private static Instant start(YamlMap doc, Problems problems) {
    if (!doc.has("start")) return Scenario.DEFAULT_START;
    String text = doc.string("start", false);
    if (text == null) return null;
    try {
      Instant start = Instant.parse(text.trim());
      if (start.getEpochSecond() % 60 == 0 && start.getNano() == 0) return start;
      problems.error(doc.positionOf("start"), "start " + text + " must be a whole minute (seconds 00)");
    } catch (DateTimeParseException e) {
      problems.error(doc.positionOf("start"), "start \"" + text + "\" is not a UTC instant like 2026-10-01T00:00:00Z");
    }
    return null;
  }

  private static Noise noise(YamlMap map, Problems problems) {
    String text = map.string("noise", false);
    if (text == null) return null;
    for (Noise n : Noise.values()) if (n.label().equals(text)) return n;
    List<String> labels = Arrays.stream(Noise.values()).map(Noise::label).toList();
    problems.error(map.positionOf("noise"), map.qualified("noise") + " \"" + text + "\" is not one of " + labels + DidYouMean.suggest(text, labels));
    return null;
  }

  private static Traffic traffic(YamlMap item, Noise defaultNoise, Problems problems) {
    item.rejectUnknown(TRAFFIC);
    String service = item.string("service", true);
    String span = item.string("span", true);
    String spanKind = Optional.ofNullable(item.string("spanKind", false)).orElse(Traffic.DEFAULT_SPAN_KIND);
    if (!SPAN_KINDS.contains(spanKind)) {
      problems.error(item.positionOf("spanKind"), item.qualified("spanKind") + " \"" + spanKind + "\" is not one of " + SPAN_KINDS + DidYouMean.suggest(spanKind, SPAN_KINDS));
    }
    Double rate = Numbers.inRange(item, "requestsPerMinute", true, 0, false, 1e9, true);
    Double errorRatio = Numbers.inRange(item, "errorRatio", false, 0, true, 1, false);
    double amplitude = 0;
    double peakHour = 0;
    YamlMap cycle = item.map("dailyCycle", false);
    if (cycle != null) {
      cycle.rejectUnknown(CYCLE);
      Double a = Numbers.inRange(cycle, "amplitude", true, 0, true, 1, false);
      Double p = Numbers.inRange(cycle, "peakHour", false, 0, true, 24, false);
      amplitude = a == null ? 0 : a;
      peakHour = p == null ? 0 : p;
    }
    Optional<Latency> latency = Optional.empty();
    YamlMap l = item.map("latency", false);
    if (l != null) {
      l.rejectUnknown(LATENCY);
      Duration median = l.duration("median", true);
      Duration p99 = l.duration("p99", true);
      if (median != null && p99 != null) {
        if (p99.compareTo(median) <= 0) {
          problems.error(l.positionOf("p99"), l.qualified("p99") + " must be above the median (" + l.string("median", false) + ")");
        } else {
          latency = Optional.of(new Latency(median.toNanos() / 1e6, p99.toNanos() / 1e6));
        }
      }
    }
    Noise noise = noise(item, problems);
    if (service == null || span == null || rate == null || !SPAN_KINDS.contains(spanKind)) return null;
    return new Traffic(service, span, spanKind, rate, amplitude, peakHour, errorRatio == null ? 0 : errorRatio, latency, noise == null ? defaultNoise : noise);
  }
}
