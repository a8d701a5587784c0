package dev.observatory.slo.spec;

import dev.observatory.slo.model.Alerting;
import dev.observatory.slo.model.Budgeting;
import dev.observatory.slo.model.BurnRateAlert;
import dev.observatory.slo.model.Durations;
import dev.observatory.slo.model.Objective;
import dev.observatory.slo.model.Selector;
import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.Sli;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.model.Window;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Maps one {@code apiVersion: observatory/v1} document into SLOs (format: slo-definitions/README.md). */
final class NativeSpecMapper {
  static final Set<String> FILE_FIELDS = Set.of("apiVersion", "service", "owner", "labels", "slos");
  static final Set<String> SLO_FIELDS = Set.of("name", "description", "labels", "sli", "objective", "window", "timeZone", "budgeting", "alerting");
  static final List<String> SLI_KINDS = List.of("availability", "latency", "events", "promql");
  static final Set<String> SPAN_FIELDS = Set.of("service", "spanName");
  static final Set<String> LATENCY_FIELDS = Set.of("service", "spanName", "threshold");
  static final Set<String> EVENTS_FIELDS = Set.of("total", "good", "bad");
  static final Set<String> PROMQL_FIELDS = Set.of("errorRatio", "errorQuery", "totalQuery");
  static final Set<String> BUDGETING_FIELDS = Set.of("method", "slice", "sliceObjective");
  static final Set<String> ALERTING_FIELDS = Set.of("name", "labels", "annotations", "page", "ticket", "policy");
  static final Set<String> ROUTE_FIELDS = Set.of("enabled", "labels", "annotations", "webhook");
  static final Set<String> POLICY_FIELDS = Set.of("severity", "longWindow", "shortWindow", "burnRate");

  private NativeSpecMapper() {}

  static List<LoadedSlo> map(YamlMap doc) {
    doc.rejectUnknown(FILE_FIELDS);
    Problems problems = doc.problems();
    String service = doc.string("service", true);
    if (service != null) SloChecks.name(service, doc.positionOf("service"), "service", problems);
    Map<String, String> fileLabels = new TreeMap<>(doc.stringMap("labels"));
    String owner = doc.string("owner", false);
    if (owner != null) fileLabels.put("owner", owner);
    return SloChecks.slos(doc, SpecFormat.NATIVE, s -> slo(s, service, fileLabels));
  }

  private static Slo slo(YamlMap s, String service, Map<String, String> fileLabels) {
    Problems problems = s.problems();
    int before = problems.errorCount();
    s.rejectUnknown(SLO_FIELDS);
    String name = s.string("name", true);
    SloChecks.name(name, s.positionOf("name"), "SLO name", problems);
    String description = s.text("description");
    Map<String, String> labels = new TreeMap<>(fileLabels);
    labels.putAll(s.stringMap("labels"));
    YamlMap sliMap = s.map("sli", true);
    Sli sli = sliMap == null ? null : sli(sliMap, service);
    Objective objective = SloChecks.objective(s.number("objective", true), s.positionOf("objective"), problems);
    Window window = window(s);
    Budgeting budgeting = budgeting(s);
    Alerting alerting = s.has("alerting") ? alerting(s.map("alerting", false)) : Alerting.DEFAULT;
    if (problems.errorCount() > before || service == null) return null;
    Slo slo = new Slo(new SloId(service, name), description, sli, objective, window, budgeting, labels, alerting);
    Position policyAt = s.has("alerting") && s.map("alerting", false).has("policy") ? s.map("alerting", false).positionOf("policy") : s.positionOf("objective");
    SloChecks.warnings(slo, s.positionOf("sli"), policyAt, problems);
    return slo;
  }

  static Sli sli(YamlMap m, String fileService) {
    Problems problems = m.problems();
    m.rejectUnknown(Set.copyOf(SLI_KINDS));
    List<String> kinds = SLI_KINDS.stream().filter(m::has).toList();
    if (kinds.size() != 1) {
      problems.error(m.position(), m.where() + " must have exactly one of availability, latency, events or promql" + (kinds.isEmpty() ? "" : ", found " + String.join(" and ", kinds)));
      return null;
    }
    YamlMap body = m.map(kinds.get(0), true);
    if (body == null) return null;
    int before = problems.errorCount();
    switch (kinds.get(0)) {
      case "availability" -> {
        body.rejectUnknown(SPAN_FIELDS);
        String service = body.has("service") ? body.string("service", false) : fileService;
        String span = body.string("spanName", true);
        return problems.errorCount() > before || service == null ? null : new Sli.Availability(service, span);
      }
      case "latency" -> {
        body.rejectUnknown(LATENCY_FIELDS);
        String service = body.has("service") ? body.string("service", false) : fileService;
        String span = body.string("spanName", true);
        Duration threshold = body.duration("threshold", true);
        SloChecks.latencyThreshold(threshold, body.positionOf("threshold"), problems);
        return problems.errorCount() > before || service == null ? null : new Sli.Latency(service, span, threshold);
      }
      case "events" -> {
        body.rejectUnknown(EVENTS_FIELDS);
        Selector total = SloChecks.selector(body.string("total", true), body, "total");
        if (body.has("good") == body.has("bad")) {
          problems.error(body.position(), body.where() + " needs exactly one of good or bad");
          return null;
        }
        String key = body.has("good") ? "good" : "bad";
        Selector part = SloChecks.selector(body.string(key, true), body, key);
        if (problems.errorCount() > before) return null;
        Sli.Events events = key.equals("good") ? new Sli.Events(total, part, null) : new Sli.Events(total, null, part);
        return SliShapes.normalize(events);
      }
      default -> {
        body.rejectUnknown(PROMQL_FIELDS);
        String ratio = body.has("errorRatio") ? body.string("errorRatio", false) : null;
        String error = body.has("errorQuery") ? body.string("errorQuery", false) : null;
        String total = body.has("totalQuery") ? body.string("totalQuery", false) : null;
        if (problems.errorCount() > before) return null;
        if ((ratio != null) == (error != null || total != null) || (ratio == null && (error == null || total == null))) {
          problems.error(body.position(), body.where() + " needs either errorRatio, or both errorQuery and totalQuery");
          return null;
        }
        return SliShapes.normalize(new Sli.Promql(ratio, error, total));
      }
    }
  }

  private static Window window(YamlMap s) {
    Problems problems = s.problems();
    String text = s.has("window") ? s.string("window", false) : "30d";
    String zoneText = s.has("timeZone") ? s.string("timeZone", false) : null;
    if (text == null) return null;
    String lower = text.trim().toLowerCase(Locale.ROOT);
    if (lower.equals("month") || lower.equals("week")) {
      ZoneId zone = zoneText == null ? ZoneOffset.UTC : SloChecks.zone(zoneText, s.positionOf("timeZone"), problems);
      if (zone == null) return null;
      return new Window.Calendar(lower.equals("month") ? Window.CalendarUnit.MONTH : Window.CalendarUnit.WEEK, zone);
    }
    if (zoneText != null) problems.error(s.positionOf("timeZone"), "timeZone applies only to calendar windows (window: month or week)");
    Duration length;
    try {
      length = Durations.parse(text.trim());
    } catch (IllegalArgumentException e) {
      problems.error(s.positionOf("window"), "window: " + e.getMessage() + ", or month or week");
      return null;
    }
    if (length.compareTo(Duration.ofHours(1)) < 0 || length.compareTo(Duration.ofDays(366)) > 0 || length.toMillis() % 60_000 != 0) {
      problems.error(s.positionOf("window"), "window " + text + " must be whole minutes between 1h and 366d, or month or week");
      return null;
    }
    return new Window.Rolling(length);
  }

  private static Budgeting budgeting(YamlMap s) {
    if (!s.has("budgeting")) return new Budgeting.Occurrences();
    Problems problems = s.problems();
    YamlMap b;
    String method;
    if (s.raw("budgeting") instanceof org.yaml.snakeyaml.nodes.ScalarNode) {
      b = null;
      method = s.string("budgeting", false);
    } else {
      b = s.map("budgeting", false);
      if (b == null) return null;
      b.rejectUnknown(BUDGETING_FIELDS);
      method = b.string("method", true);
    }
    if (method == null) return null;
    Position at = b == null ? s.positionOf("budgeting") : b.positionOf("method");
    switch (method) {
      case "occurrences" -> {
        if (b != null && (b.has("slice") || b.has("sliceObjective"))) problems.error(b.position(), "slice and sliceObjective apply only to timeslices budgeting");
        return new Budgeting.Occurrences();
      }
      case "timeslices", "ratioTimeslices" -> {
        if (b == null) {
          problems.error(at, method + " budgeting needs a slice: write budgeting: {method: " + method + ", slice: 5m" + (method.equals("timeslices") ? ", sliceObjective: 95" : "") + "}");
          return null;
        }
        Duration slice = b.duration("slice", true);
        if (slice != null && (slice.toMillis() % 60_000 != 0 || 1440 % slice.toMinutes() != 0)) {
          problems.error(b.positionOf("slice"), "slice must be whole minutes that divide a day (1m, 5m, 10m, 15m, 30m, 1h, ...)");
          slice = null;
        }
        if (method.equals("ratioTimeslices")) {
          if (b.has("sliceObjective")) problems.error(b.positionOf("sliceObjective"), "sliceObjective applies only to timeslices budgeting");
          return slice == null ? null : new Budgeting.RatioTimeslices(slice);
        }
        BigDecimal sliceObjective = b.number("sliceObjective", true);
        if (sliceObjective != null && (sliceObjective.signum() <= 0 || sliceObjective.compareTo(BigDecimal.valueOf(100)) > 0)) {
          problems.error(b.positionOf("sliceObjective"), "sliceObjective must be in (0, 100], found " + sliceObjective.toPlainString());
          return null;
        }
        return slice == null || sliceObjective == null ? null : new Budgeting.Timeslices(slice, sliceObjective.movePointLeft(2));
      }
      default -> {
        problems.error(at, "budgeting method \"" + method + "\" is unknown; use occurrences, timeslices or ratioTimeslices"
            + DidYouMean.suggest(method, List.of("occurrences", "timeslices", "ratioTimeslices")));
        return null;
      }
    }
  }

  static Alerting alerting(YamlMap a) {
    if (a == null) return null;
    Problems problems = a.problems();
    int before = problems.errorCount();
    a.rejectUnknown(ALERTING_FIELDS);
    String name = a.has("name") ? a.string("name", false) : null;
    Alerting.Route page = route(a.map("page", false));
    Alerting.Route ticket = route(a.map("ticket", false));
    List<BurnRateAlert> policy = new ArrayList<>();
    List<YamlMap> entries = a.maps("policy", false);
    if (entries != null) {
      if (entries.isEmpty()) problems.error(a.positionOf("policy"), "alerting.policy must list at least one burn-rate alert, or be left out for the default");
      for (YamlMap p : entries) {
        p.rejectUnknown(POLICY_FIELDS);
        Severity severity = severity(p);
        BurnRateAlert alert = SloChecks.burnRateAlert(severity, p.duration("longWindow", true), p.duration("shortWindow", true), p.number("burnRate", true), p.position(), problems);
        if (alert != null) policy.add(alert);
      }
    }
    Map<String, String> labels = a.stringMap("labels");
    Map<String, String> annotations = a.stringMap("annotations");
    if (problems.errorCount() > before) return null;
    return new Alerting(name, labels, annotations, page, ticket, policy);
  }

  private static Severity severity(YamlMap p) {
    String text = p.string("severity", true);
    if (text == null) return null;
    try {
      return Severity.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      p.problems().error(p.positionOf("severity"), "severity \"" + text + "\" is unknown; use page or ticket");
      return null;
    }
  }

  private static Alerting.Route route(YamlMap r) {
    if (r == null) return Alerting.Route.DEFAULT;
    r.rejectUnknown(ROUTE_FIELDS);
    Boolean enabled = r.bool("enabled");
    String webhook = r.has("webhook") ? r.string("webhook", false) : null;
    if (webhook != null && !(webhook.startsWith("http://") || webhook.startsWith("https://"))) {
      r.problems().error(r.positionOf("webhook"), "webhook must be an http:// or https:// URL, found \"" + webhook + "\"");
    }
    return new Alerting.Route(enabled == null || enabled, r.stringMap("labels"), r.stringMap("annotations"), webhook);
  }
}
