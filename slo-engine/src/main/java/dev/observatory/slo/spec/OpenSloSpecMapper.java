package dev.observatory.slo.spec;

import dev.observatory.slo.model.Alerting;
import dev.observatory.slo.model.Budgeting;
import dev.observatory.slo.model.Objective;
import dev.observatory.slo.model.Selector;
import dev.observatory.slo.model.Sli;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.model.Window;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Maps {@code apiVersion: openslo/v1} documents into SLOs. SLIs and data sources may be separate
 * documents, in any file of the same run, referred to by name. What OpenSLO cannot say about
 * alerting travels in the annotation {@value #ALERTING_ANNOTATION} (a native {@code alerting}
 * block as flow YAML), so that native → OpenSLO → native keeps the model equal.
 */
final class OpenSloSpecMapper {
  static final String ALERTING_ANNOTATION = "observatory.dev/alerting";
  static final Set<String> KINDS = Set.of("SLO", "SLI", "Service", "DataSource", "AlertPolicy", "AlertCondition", "AlertNotificationTarget");
  static final Set<String> PROMETHEUS_LIKE = Set.of("prometheus", "thanos", "mimir", "cortex", "victoriametrics");
  private static final Set<String> DOC_FIELDS = Set.of("apiVersion", "kind", "metadata", "spec");
  private static final Set<String> METADATA_FIELDS = Set.of("name", "displayName", "labels", "annotations");
  private static final Set<String> SLO_FIELDS = Set.of("description", "service", "indicator", "indicatorRef", "timeWindow", "budgetingMethod", "objectives", "alertPolicies");
  private static final Set<String> OBJECTIVE_FIELDS = Set.of("displayName", "op", "value", "target", "targetPercent", "timeSliceTarget", "timeSliceWindow", "indicator", "indicatorRef", "compositeWeight");
  private static final Pattern DURATION = Pattern.compile("([0-9]+)([mhdwMQY])");

  /** Every openslo/v1 document of a run, so that references resolve across files. */
  private final List<YamlMap> docs = new ArrayList<>();
  private final Map<String, YamlMap> slis = new HashMap<>();
  private final Map<String, YamlMap> dataSources = new HashMap<>();

  void add(YamlMap doc) {
    doc.rejectUnknown(DOC_FIELDS);
    String kind = doc.string("kind", true);
    YamlMap metadata = doc.map("metadata", true);
    if (metadata != null) {
      metadata.rejectUnknown(METADATA_FIELDS);
      metadata.string("name", true);
    }
    if (kind == null) return;
    if (!KINDS.contains(kind)) {
      doc.problems().error(doc.positionOf("kind"), "unknown OpenSLO kind \"" + kind + "\"; expected one of " + String.join(", ", new java.util.TreeSet<>(KINDS)) + DidYouMean.suggest(kind, KINDS));
      return;
    }
    doc.map("spec", true);
    String name = metadata == null ? null : metadata.string("name", false);
    if (name == null) return;
    switch (kind) {
      case "SLI" -> slis.put(name, doc);
      case "DataSource" -> dataSources.put(name, doc);
      case "SLO" -> docs.add(doc);
      default -> {
        // Service, AlertPolicy, AlertCondition, AlertNotificationTarget: accepted, not used for evaluation.
      }
    }
  }

  List<LoadedSlo> map() {
    List<LoadedSlo> out = new ArrayList<>();
    for (YamlMap doc : docs) {
      Slo slo = slo(doc);
      if (slo != null) out.add(new LoadedSlo(slo, doc.map("metadata", false).keyPosition("name"), SpecFormat.OPENSLO));
    }
    return out;
  }

  private Slo slo(YamlMap doc) {
    Problems problems = doc.problems();
    int before = problems.errorCount();
    YamlMap metadata = doc.map("metadata", false);
    YamlMap spec = doc.map("spec", false);
    if (metadata == null || spec == null) return null;
    String name = metadata.string("name", true);
    SloChecks.name(name, metadata.positionOf("name"), "SLO name", problems);
    spec.rejectUnknown(SLO_FIELDS);
    String service = spec.string("service", true);
    if (service != null) SloChecks.name(service, spec.positionOf("service"), "service", problems);
    String description = spec.text("description");
    Map<String, String> labels = labels(metadata);
    Map<String, String> annotations = metadata.stringMap("annotations");
    Sli sli = indicator(spec);
    Window window = window(spec);
    YamlMap objective = objective(spec);
    Objective target = objective == null ? null : target(objective);
    Budgeting budgeting = budgeting(spec, objective);
    Alerting alerting = Alerting.DEFAULT;
    if (annotations.containsKey(ALERTING_ANNOTATION)) {
      alerting = alertingAnnotation(annotations.get(ALERTING_ANNOTATION), metadata);
    } else if (spec.has("alertPolicies") && !spec.list("alertPolicies", false).isEmpty()) {
      problems.warning(spec.keyPosition("alertPolicies"), "OpenSLO alertPolicies are not imported; the default multi-window burn-rate policy applies");
    }
    if (problems.errorCount() > before || service == null || alerting == null) return null;
    Slo slo = new Slo(new SloId(service, name), description, sli, target, window, budgeting, labels, alerting);
    SloChecks.warnings(slo, spec.positionOf(spec.has("indicator") ? "indicator" : "indicatorRef"), spec.positionOf("objectives"), problems);
    return slo;
  }

  private static Map<String, String> labels(YamlMap metadata) {
    YamlMap labels = metadata.map("labels", false);
    if (labels == null) return Map.of();
    Map<String, String> out = new TreeMap<>();
    for (String key : labels.keys()) {
      // OpenSLO allows a label to hold a list of values; a Prometheus label holds one.
      List<Node> values = labels.raw(key) instanceof org.yaml.snakeyaml.nodes.SequenceNode ? labels.list(key, false) : null;
      if (values != null) {
        out.put(key, String.join(",", values.stream().map(n -> n instanceof org.yaml.snakeyaml.nodes.ScalarNode s ? s.getValue() : "").toList()));
      } else {
        String v = labels.string(key, false);
        if (v != null) out.put(key, v);
      }
      if (!SloChecks.LABEL_NAME.matcher(key).matches()) {
        metadata.problems().error(labels.keyPosition(key), "label name \"" + key + "\" in metadata.labels is not a Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*, not starting with __)");
      }
    }
    return out;
  }

  private Sli indicator(YamlMap spec) {
    Problems problems = spec.problems();
    if (spec.has("indicator") == spec.has("indicatorRef")) {
      problems.error(spec.position(), "an OpenSLO SLO needs exactly one of indicator or indicatorRef");
      return null;
    }
    YamlMap sli;
    if (spec.has("indicatorRef")) {
      String ref = spec.string("indicatorRef", false);
      sli = ref == null ? null : slis.get(ref);
      if (ref != null && sli == null) {
        problems.error(spec.positionOf("indicatorRef"), "indicatorRef \"" + ref + "\" names no SLI document in the files given" + DidYouMean.suggest(ref, slis.keySet()));
        return null;
      }
      if (sli == null) return null;
    } else {
      sli = spec.map("indicator", false);
      if (sli == null) return null;
      sli.rejectUnknown(Set.of("metadata", "spec"));
    }
    YamlMap body = sli.map("spec", true);
    if (body == null) return null;
    body.rejectUnknown(Set.of("description", "ratioMetric", "thresholdMetric"));
    if (body.has("thresholdMetric")) {
      problems.error(body.keyPosition("thresholdMetric"), "thresholdMetric indicators are not supported; Observatory counts events: use ratioMetric with good (or bad) and total counters");
      return null;
    }
    YamlMap ratio = body.map("ratioMetric", true);
    if (ratio == null) return null;
    ratio.rejectUnknown(Set.of("counter", "good", "bad", "total", "raw", "rawType"));
    if (ratio.has("raw")) return rawRatio(ratio);
    Boolean counter = ratio.bool("counter");
    if (counter != null && !counter) problems.error(ratio.positionOf("counter"), "counter: false (gauges) is not supported; Observatory reads counters");
    if (ratio.has("good") == ratio.has("bad")) {
      problems.error(ratio.position(), "ratioMetric needs exactly one of good or bad, and total");
      return null;
    }
    String partKey = ratio.has("good") ? "good" : "bad";
    Query total = query(ratio.map("total", true));
    Query part = query(ratio.map(partKey, true));
    if (total == null || part == null) return null;
    if (total.selector != null && part.selector != null) {
      Sli.Events events = partKey.equals("good") ? new Sli.Events(total.selector, part.selector, null) : new Sli.Events(total.selector, null, part.selector);
      return SliShapes.normalize(events);
    }
    String error = partKey.equals("bad") ? part.text : "(" + total.text + ") - (" + part.text + ")";
    return SliShapes.normalize(new Sli.Promql(null, error, total.text));
  }

  /** {@code raw} with {@code rawType: failure} is an error ratio; {@code success} a good ratio. */
  private Sli rawRatio(YamlMap ratio) {
    String type = ratio.string("rawType", true);
    Query raw = query(ratio.map("raw", true));
    if (type == null || raw == null) return null;
    if (!type.equals("failure") && !type.equals("success")) {
      ratio.problems().error(ratio.positionOf("rawType"), "rawType must be success or failure, found \"" + type + "\"");
      return null;
    }
    return new Sli.Promql(type.equals("failure") ? raw.text : "1 - (" + raw.text + ")", null, null);
  }

  private record Query(String text, Selector selector) {}

  private Query query(YamlMap metric) {
    if (metric == null) return null;
    Problems problems = metric.problems();
    metric.rejectUnknown(Set.of("metricSource"));
    YamlMap source = metric.map("metricSource", true);
    if (source == null) return null;
    source.rejectUnknown(Set.of("metricSourceRef", "type", "spec"));
    String type = source.has("type") ? source.string("type", false) : null;
    if (type == null && source.has("metricSourceRef")) {
      YamlMap ds = dataSources.get(source.string("metricSourceRef", false));
      YamlMap dsSpec = ds == null ? null : ds.map("spec", false);
      type = dsSpec == null || !dsSpec.has("type") ? null : dsSpec.string("type", false);
    }
    if (type == null) {
      problems.error(source.position(), "metricSource needs a type (Prometheus, Thanos, Mimir, Cortex or VictoriaMetrics)");
      return null;
    }
    if (!PROMETHEUS_LIKE.contains(type.toLowerCase(Locale.ROOT))) {
      problems.error(source.has("type") ? source.positionOf("type") : source.positionOf("metricSourceRef"),
          "metricSource type \"" + type + "\" is not Prometheus-compatible; Observatory reads Prometheus, Thanos, Mimir, Cortex or VictoriaMetrics");
      return null;
    }
    YamlMap spec = source.map("spec", true);
    if (spec == null) return null;
    String key = spec.has("promql") ? "promql" : "query";
    String text = spec.string(key, true);
    if (text == null) return null;
    Selector selector;
    try {
      selector = Selector.parse(text);
    } catch (IllegalArgumentException e) {
      selector = null; // any other PromQL: kept as a raw query
    }
    return new Query(text.strip(), selector);
  }

  private static Window window(YamlMap spec) {
    Problems problems = spec.problems();
    List<YamlMap> windows = spec.maps("timeWindow", true);
    if (windows == null) return null;
    if (windows.size() != 1) {
      problems.error(spec.positionOf("timeWindow"), "timeWindow must list exactly one window, found " + windows.size());
      return null;
    }
    YamlMap w = windows.get(0);
    w.rejectUnknown(Set.of("duration", "isRolling", "calendar"));
    String text = w.string("duration", true);
    Boolean rolling = w.bool("isRolling");
    if (text == null) return null;
    Matcher m = DURATION.matcher(text.trim());
    if (!m.matches()) {
      problems.error(w.positionOf("duration"), "duration \"" + text + "\" is not an OpenSLO duration (a number and one of m h d w M Q Y)");
      return null;
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2);
    if (rolling == null || rolling) {
      if (w.has("calendar")) problems.error(w.keyPosition("calendar"), "calendar applies only to windows with isRolling: false");
      long minutes = switch (unit) {
        case "m" -> n;
        case "h" -> n * 60;
        case "d" -> n * 1440;
        case "w" -> n * 7 * 1440;
        default -> -1;
      };
      if (minutes < 60 || minutes > 366 * 1440) {
        problems.error(w.positionOf("duration"), "rolling window " + text + " is not supported; use minutes, hours, days or weeks between 1h and 366d");
        return null;
      }
      return new Window.Rolling(Duration.ofMinutes(minutes));
    }
    Window.CalendarUnit calendarUnit = n == 1 && unit.equals("M") ? Window.CalendarUnit.MONTH : n == 1 && unit.equals("w") ? Window.CalendarUnit.WEEK : null;
    if (calendarUnit == null) {
      problems.error(w.positionOf("duration"), "calendar window " + text + " is not supported; use 1w (a week) or 1M (a month; lower-case m means minutes)");
      return null;
    }
    ZoneId zone = ZoneOffset.UTC;
    YamlMap calendar = w.map("calendar", false);
    if (calendar != null) {
      calendar.rejectUnknown(Set.of("startTime", "timeZone"));
      String zoneText = calendar.string("timeZone", false);
      if (zoneText != null) zone = SloChecks.zone(zoneText, calendar.positionOf("timeZone"), problems);
      if (zone == null) return null;
    }
    return new Window.Calendar(calendarUnit, zone);
  }

  private static YamlMap objective(YamlMap spec) {
    List<YamlMap> objectives = spec.maps("objectives", true);
    if (objectives == null) return null;
    if (objectives.size() != 1) {
      spec.problems().error(spec.positionOf("objectives"), "objectives lists " + objectives.size() + " objectives; Observatory keeps one per SLO: write one SLO per objective");
      return null;
    }
    YamlMap o = objectives.get(0);
    o.rejectUnknown(OBJECTIVE_FIELDS);
    for (String composite : List.of("indicator", "indicatorRef", "compositeWeight")) {
      if (o.has(composite)) o.problems().error(o.keyPosition(composite), "composite objectives (" + composite + " in an objective) are not supported");
    }
    if (o.has("op") || o.has("value")) {
      o.problems().warning(o.keyPosition(o.has("op") ? "op" : "value"), "op and value apply to threshold metrics and are ignored for a ratio metric");
    }
    return o;
  }

  private static Objective target(YamlMap o) {
    if (o.has("target") == o.has("targetPercent")) {
      o.problems().error(o.position(), "an objective needs exactly one of target (0..1) or targetPercent (0..100)");
      return null;
    }
    if (o.has("targetPercent")) return SloChecks.objective(o.number("targetPercent", true), o.positionOf("targetPercent"), o.problems());
    BigDecimal ratio = o.number("target", true);
    if (ratio == null) return null;
    return SloChecks.objective(ratio.movePointRight(2), o.positionOf("target"), o.problems());
  }

  private static Budgeting budgeting(YamlMap spec, YamlMap objective) {
    String method = spec.string("budgetingMethod", true);
    if (method == null) return null;
    switch (method) {
      case "Occurrences" -> {
        return new Budgeting.Occurrences();
      }
      case "Timeslices", "RatioTimeslices" -> {
        if (objective == null) return null;
        Duration slice = objective.duration("timeSliceWindow", true);
        if (slice != null && (slice.toMillis() % 60_000 != 0 || 1440 % slice.toMinutes() != 0)) {
          objective.problems().error(objective.positionOf("timeSliceWindow"), "timeSliceWindow must be whole minutes that divide a day (1m, 5m, 10m, 15m, 30m, 1h, ...)");
          return null;
        }
        if (method.equals("RatioTimeslices")) return slice == null ? null : new Budgeting.RatioTimeslices(slice);
        BigDecimal sliceTarget = objective.number("timeSliceTarget", true);
        if (sliceTarget != null && (sliceTarget.signum() <= 0 || sliceTarget.compareTo(BigDecimal.ONE) > 0)) {
          objective.problems().error(objective.positionOf("timeSliceTarget"), "timeSliceTarget must be in (0, 1], found " + sliceTarget.toPlainString());
          return null;
        }
        return slice == null || sliceTarget == null ? null : new Budgeting.Timeslices(slice, sliceTarget);
      }
      default -> {
        spec.problems().error(spec.positionOf("budgetingMethod"), "budgetingMethod \"" + method + "\" is unknown; use Occurrences, Timeslices or RatioTimeslices"
            + DidYouMean.suggest(method, List.of("Occurrences", "Timeslices", "RatioTimeslices")));
        return null;
      }
    }
  }

  private static Alerting alertingAnnotation(String text, YamlMap metadata) {
    Problems scratch = new Problems();
    Node node;
    try {
      node = SpecDocuments.yaml().compose(new StringReader(text));
    } catch (RuntimeException e) {
      node = null;
    }
    YamlMap map = node == null ? null : YamlMap.of(metadata.file(), node, scratch, "alerting");
    Alerting alerting = map == null ? null : NativeSpecMapper.alerting(map);
    if (alerting == null || scratch.errorCount() > 0) {
      String first = scratch.list().isEmpty() ? "not a YAML mapping" : scratch.list().get(0).message();
      metadata.problems().error(metadata.map("annotations", false).positionOf(ALERTING_ANNOTATION), "annotation " + ALERTING_ANNOTATION + " is not a valid alerting block: " + first);
      return null;
    }
    return alerting;
  }
}
