package dev.observatory.slo.spec;

import dev.observatory.slo.model.Alerting;
import dev.observatory.slo.model.Budgeting;
import dev.observatory.slo.model.BurnRateAlert;
import dev.observatory.slo.model.Durations;
import dev.observatory.slo.model.Sli;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.Window;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Writes SLOs as native {@code observatory/v1} documents, one per service. */
final class NativeSpecWriter {
  private NativeSpecWriter() {}

  static Conversion write(List<Slo> slos) {
    Map<String, List<Slo>> byService = new TreeMap<>();
    for (Slo slo : slos) byService.computeIfAbsent(slo.id().service(), s -> new ArrayList<>()).add(slo);
    List<Map<String, Object>> docs = new ArrayList<>();
    for (Map.Entry<String, List<Slo>> e : byService.entrySet()) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("apiVersion", "observatory/v1");
      doc.put("service", e.getKey());
      List<Object> list = new ArrayList<>();
      for (Slo slo : e.getValue()) list.add(slo(slo));
      doc.put("slos", list);
      docs.add(doc);
    }
    return new Conversion(YamlText.documents("", docs), List.of(), List.of());
  }

  private static Map<String, Object> slo(Slo slo) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", slo.id().name());
    if (!slo.description().isEmpty()) m.put("description", slo.description());
    if (!slo.labels().isEmpty()) m.put("labels", new LinkedHashMap<>(slo.labels()));
    m.put("sli", sli(slo.sli(), slo.id().service()));
    m.put("objective", slo.objective().percent());
    if (slo.window() instanceof Window.Rolling r) {
      m.put("window", Durations.format(r.length()));
    } else if (slo.window() instanceof Window.Calendar c) {
      m.put("window", c.unit().name().toLowerCase(Locale.ROOT));
      if (!c.zone().equals(ZoneOffset.UTC)) m.put("timeZone", c.zone().getId());
    }
    if (slo.budgeting() instanceof Budgeting.Timeslices t) {
      m.put("budgeting", ordered("method", "timeslices", "slice", Durations.format(t.slice()), "sliceObjective", t.goodRatio().movePointRight(2).stripTrailingZeros()));
    } else if (slo.budgeting() instanceof Budgeting.RatioTimeslices t) {
      m.put("budgeting", ordered("method", "ratioTimeslices", "slice", Durations.format(t.slice())));
    }
    if (!slo.alerting().equals(Alerting.DEFAULT)) m.put("alerting", alerting(slo.alerting()));
    return m;
  }

  private static Map<String, Object> sli(Sli sli, String fileService) {
    Map<String, Object> body = new LinkedHashMap<>();
    String kind;
    if (sli instanceof Sli.Availability a) {
      kind = "availability";
      if (!a.service().equals(fileService)) body.put("service", a.service());
      body.put("spanName", a.spanName());
    } else if (sli instanceof Sli.Latency l) {
      kind = "latency";
      if (!l.service().equals(fileService)) body.put("service", l.service());
      body.put("spanName", l.spanName());
      body.put("threshold", Durations.format(l.threshold()));
    } else if (sli instanceof Sli.Events e) {
      kind = "events";
      body.put("total", e.total().toString());
      if (e.good() != null) body.put("good", e.good().toString());
      if (e.bad() != null) body.put("bad", e.bad().toString());
    } else {
      Sli.Promql p = (Sli.Promql) sli;
      kind = "promql";
      if (p.errorRatioQuery() != null) body.put("errorRatio", p.errorRatioQuery());
      if (p.errorQuery() != null) body.put("errorQuery", p.errorQuery());
      if (p.totalQuery() != null) body.put("totalQuery", p.totalQuery());
    }
    return ordered(kind, body);
  }

  /** The native {@code alerting} block, also used inside an OpenSLO annotation. */
  static Map<String, Object> alerting(Alerting a) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (a.name() != null) m.put("name", a.name());
    if (!a.labels().isEmpty()) m.put("labels", new LinkedHashMap<>(a.labels()));
    if (!a.annotations().isEmpty()) m.put("annotations", new LinkedHashMap<>(a.annotations()));
    if (!a.page().equals(Alerting.Route.DEFAULT)) m.put("page", route(a.page()));
    if (!a.ticket().equals(Alerting.Route.DEFAULT)) m.put("ticket", route(a.ticket()));
    if (!a.policy().isEmpty()) {
      List<Object> policy = new ArrayList<>();
      for (BurnRateAlert b : a.policy()) {
        policy.add(ordered("severity", b.severity().label(), "longWindow", Durations.format(b.longWindow()), "shortWindow", Durations.format(b.shortWindow()),
            "burnRate", new BigDecimal(Double.toString(b.factor())).stripTrailingZeros()));
      }
      m.put("policy", policy);
    }
    return m;
  }

  private static Map<String, Object> route(Alerting.Route r) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (!r.enabled()) m.put("enabled", false);
    if (!r.labels().isEmpty()) m.put("labels", new LinkedHashMap<>(r.labels()));
    if (!r.annotations().isEmpty()) m.put("annotations", new LinkedHashMap<>(r.annotations()));
    if (r.webhook() != null) m.put("webhook", r.webhook());
    return m;
  }

  static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    return m;
  }
}
