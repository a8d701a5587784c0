package dev.observatory.slo.spec;

import static dev.observatory.slo.spec.NativeSpecWriter.ordered;

import dev.observatory.slo.model.Alerting;
import dev.observatory.slo.model.Budgeting;
import dev.observatory.slo.model.Selector;
import dev.observatory.slo.model.Sli;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.Spanmetrics;
import dev.observatory.slo.model.Window;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes SLOs as OpenSLO v1 {@code SLO} documents with inline Prometheus ratio indicators. */
final class OpenSloWriter {
  private OpenSloWriter() {}

  static Conversion write(List<Slo> slos) {
    List<Map<String, Object>> docs = new ArrayList<>();
    for (Slo slo : slos) docs.add(slo(slo));
    return new Conversion(YamlText.documents("", docs), List.of(), List.of());
  }

  private static Map<String, Object> slo(Slo slo) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", slo.id().name());
    if (!slo.labels().isEmpty()) metadata.put("labels", new LinkedHashMap<>(slo.labels()));
    if (!slo.alerting().equals(Alerting.DEFAULT)) {
      metadata.put("annotations", ordered(OpenSloSpecMapper.ALERTING_ANNOTATION, YamlText.flow(NativeSpecWriter.alerting(slo.alerting()))));
    }
    Map<String, Object> spec = new LinkedHashMap<>();
    if (!slo.description().isEmpty()) spec.put("description", slo.description());
    spec.put("service", slo.id().service());
    spec.put("indicator", ordered("metadata", ordered("name", slo.id().name() + "-sli"), "spec", ordered("ratioMetric", ratio(slo.sli()))));
    spec.put("timeWindow", List.of(window(slo.window())));
    Map<String, Object> objective = new LinkedHashMap<>();
    objective.put("target", slo.objective().ratioDecimal());
    if (slo.budgeting() instanceof Budgeting.Timeslices t) {
      spec.put("budgetingMethod", "Timeslices");
      objective.put("timeSliceTarget", t.goodRatio());
      objective.put("timeSliceWindow", duration(t.slice()));
    } else if (slo.budgeting() instanceof Budgeting.RatioTimeslices t) {
      spec.put("budgetingMethod", "RatioTimeslices");
      objective.put("timeSliceWindow", duration(t.slice()));
    } else {
      spec.put("budgetingMethod", "Occurrences");
    }
    spec.put("objectives", List.of(objective));
    return ordered("apiVersion", "openslo/v1", "kind", "SLO", "metadata", metadata, "spec", spec);
  }

  private static Map<String, Object> ratio(Sli sli) {
    Map<String, Object> ratio = new LinkedHashMap<>();
    ratio.put("counter", true);
    if (sli instanceof Sli.Promql p) {
      if (p.errorRatioQuery() != null) {
        ratio.put("rawType", "failure");
        ratio.put("raw", source(p.errorRatioQuery()));
      } else {
        ratio.put("bad", source(p.errorQuery()));
        ratio.put("total", source(p.totalQuery()));
      }
      return ratio;
    }
    Sli.Events events = Spanmetrics.expand(sli);
    if (events.good() != null) ratio.put("good", source(events.good()));
    if (events.bad() != null) ratio.put("bad", source(events.bad()));
    ratio.put("total", source(events.total()));
    return ratio;
  }

  private static Map<String, Object> source(Object query) {
    String text = query instanceof Selector s ? s.toString() : (String) query;
    return ordered("metricSource", ordered("type", "Prometheus", "spec", ordered("query", text)));
  }

  private static Map<String, Object> window(Window window) {
    if (window instanceof Window.Rolling r) return ordered("duration", duration(r.length()), "isRolling", true);
    Window.Calendar c = (Window.Calendar) window;
    String duration = c.unit() == Window.CalendarUnit.MONTH ? "1M" : "1w";
    // OpenSLO anchors calendar windows at a start time; any period start will do (a Monday, a 1st).
    return ordered("duration", duration, "isRolling", false, "calendar", ordered("startTime", "2024-01-01 00:00:00", "timeZone", c.zone().getId()));
  }

  /** OpenSLO durations have a single unit: the largest of d, h, m that divides evenly. */
  private static String duration(Duration d) {
    long minutes = d.toMinutes();
    if (minutes % 1440 == 0) return minutes / 1440 + "d";
    if (minutes % 60 == 0) return minutes / 60 + "h";
    return minutes + "m";
  }
}
