package dev.observatory.slo.spec;

import dev.observatory.slo.model.Alerting;
import dev.observatory.slo.model.Budgeting;
import dev.observatory.slo.model.Objective;
import dev.observatory.slo.model.Sli;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.model.Window;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Maps Sloth's {@code version: prometheus/v1} documents (and its Kubernetes
 * {@code PrometheusServiceLevel} resources, whose {@code spec} is the same) into SLOs. Sloth
 * writes both {@code error_query} and {@code errorQuery}; both are read. Sloth has no per-SLO
 * period: its default, 30 days, applies.
 */
final class SlothSpecMapper {
  static final Duration PERIOD = Duration.ofDays(30);

  private static final Set<String> FILE_FIELDS = Set.of("version", "service", "labels", "slos", "slo_plugins", "sloPlugins");
  private static final Set<String> CRD_FIELDS = Set.of("apiVersion", "kind", "metadata", "spec");
  private static final Set<String> SLO_FIELDS = Set.of("name", "objective", "description", "labels", "sli", "alerting", "plugins");
  private static final Set<String> SLI_FIELDS = Set.of("events", "raw", "plugin");
  private static final Set<String> EVENTS_FIELDS = Set.of("error_query", "errorQuery", "total_query", "totalQuery");
  private static final Set<String> RAW_FIELDS = Set.of("error_ratio_query", "errorRatioQuery");
  private static final Set<String> ALERTING_FIELDS = Set.of("name", "labels", "annotations", "page_alert", "pageAlert", "ticket_alert", "ticketAlert");
  private static final Set<String> ALERT_FIELDS = Set.of("disable", "labels", "annotations");

  private SlothSpecMapper() {}

  /** A Kubernetes {@code PrometheusServiceLevel}: the Sloth spec sits under {@code spec}. */
  static List<LoadedSlo> mapResource(YamlMap doc) {
    doc.rejectUnknown(CRD_FIELDS);
    YamlMap spec = doc.map("spec", true);
    if (spec == null) return List.of();
    return mapSpec(spec);
  }

  static List<LoadedSlo> map(YamlMap doc) {
    return mapSpec(doc);
  }

  private static List<LoadedSlo> mapSpec(YamlMap doc) {
    Set<String> known = doc.has("version") || doc.keys().contains("version") ? FILE_FIELDS : Set.of("service", "labels", "slos", "sloPlugins", "slo_plugins");
    doc.rejectUnknown(known);
    Problems problems = doc.problems();
    String service = doc.string("service", true);
    if (service != null) SloChecks.name(service, doc.positionOf("service"), "service", problems);
    for (String key : List.of("slo_plugins", "sloPlugins")) {
      if (doc.has(key)) problems.warning(doc.keyPosition(key), "Sloth SLO plugins are not run; \"" + key + "\" is ignored");
    }
    Map<String, String> fileLabels = doc.stringMap("labels");
    return SloChecks.slos(doc, SpecFormat.SLOTH, s -> slo(s, service, fileLabels));
  }

  private static Slo slo(YamlMap s, String service, Map<String, String> fileLabels) {
    Problems problems = s.problems();
    int before = problems.errorCount();
    s.rejectUnknown(SLO_FIELDS);
    String name = s.string("name", true);
    SloChecks.name(name, s.positionOf("name"), "SLO name", problems);
    if (s.has("plugins")) problems.warning(s.keyPosition("plugins"), "Sloth SLO plugins are not run; \"plugins\" is ignored");
    Objective objective = SloChecks.objective(s.number("objective", true), s.positionOf("objective"), problems);
    String description = s.text("description");
    Map<String, String> labels = new TreeMap<>(fileLabels);
    labels.putAll(s.stringMap("labels"));
    YamlMap sliMap = s.map("sli", true);
    Sli sli = sliMap == null ? null : sli(sliMap);
    Alerting alerting = alerting(s.map("alerting", false));
    if (problems.errorCount() > before || service == null) return null;
    Slo slo = new Slo(new SloId(service, name), description, sli, objective, new Window.Rolling(PERIOD), new Budgeting.Occurrences(), labels, alerting);
    SloChecks.warnings(slo, s.positionOf("sli"), s.positionOf("objective"), problems);
    return slo;
  }

  private static Sli sli(YamlMap m) {
    Problems problems = m.problems();
    m.rejectUnknown(SLI_FIELDS);
    List<String> kinds = List.of("events", "raw", "plugin").stream().filter(m::has).toList();
    if (kinds.size() != 1) {
      problems.error(m.position(), m.where() + " must have exactly one of events, raw or plugin" + (kinds.isEmpty() ? "" : ", found " + String.join(" and ", kinds)));
      return null;
    }
    YamlMap body = m.map(kinds.get(0), true);
    if (body == null) return null;
    switch (kinds.get(0)) {
      case "plugin" -> {
        String id = body.has("id") ? body.string("id", false) : "?";
        problems.error(m.positionOf("plugin"), "Sloth SLI plugins are Go code and cannot be imported (plugin \"" + id + "\"); write the SLI as events or raw queries");
        return null;
      }
      case "raw" -> {
        body.rejectUnknown(RAW_FIELDS);
        String ratio = body.string(either(body, "error_ratio_query", "errorRatioQuery"), true);
        return ratio == null ? null : new Sli.Promql(ratio.strip(), null, null);
      }
      default -> {
        body.rejectUnknown(EVENTS_FIELDS);
        String errorKey = either(body, "error_query", "errorQuery");
        String totalKey = either(body, "total_query", "totalQuery");
        String error = body.string(errorKey, true);
        String total = body.string(totalKey, true);
        if (error == null || total == null) return null;
        return SliShapes.normalize(new Sli.Promql(null, error.strip(), total.strip()));
      }
    }
  }

  private static String either(YamlMap m, String snake, String camel) {
    return m.keys().contains(camel) && !m.keys().contains(snake) ? camel : snake;
  }

  private static Alerting alerting(YamlMap a) {
    if (a == null) return Alerting.DEFAULT;
    a.rejectUnknown(ALERTING_FIELDS);
    String name = a.has("name") ? a.string("name", false) : null;
    Alerting.Route page = route(a.map(either(a, "page_alert", "pageAlert"), false));
    Alerting.Route ticket = route(a.map(either(a, "ticket_alert", "ticketAlert"), false));
    return new Alerting(name, a.stringMap("labels"), a.stringMap("annotations"), page, ticket, List.of());
  }

  private static Alerting.Route route(YamlMap r) {
    if (r == null) return Alerting.Route.DEFAULT;
    r.rejectUnknown(ALERT_FIELDS);
    Boolean disable = r.bool("disable");
    return new Alerting.Route(disable == null || !disable, r.stringMap("labels"), r.stringMap("annotations"), null);
  }
}
