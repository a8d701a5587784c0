package dev.observatory.slo.spec;

import static dev.observatory.slo.spec.NativeSpecWriter.ordered;

import dev.observatory.slo.model.Alerting;
import dev.observatory.slo.model.Budgeting;
import dev.observatory.slo.model.Durations;
import dev.observatory.slo.model.Sli;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.Spanmetrics;
import dev.observatory.slo.model.Window;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes SLOs as Sloth {@code prometheus/v1} documents, one per service. Sloth has no calendar
 * windows, no timeslices and no per-SLO period or policy: such SLOs are refused or converted with
 * a warning that says what is lost.
 */
final class SlothWriter {
  private SlothWriter() {}

  static Conversion write(List<Slo> slos) {
    List<String> warnings = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Map<String, List<Object>> byService = new TreeMap<>();
    for (Slo slo : slos) {
      if (slo.window() instanceof Window.Calendar) {
        errors.add("SLO " + slo.id() + ": Sloth has no calendar windows (" + slo.window() + ")");
        continue;
      }
      if (!(slo.budgeting() instanceof Budgeting.Occurrences)) {
        errors.add("SLO " + slo.id() + ": Sloth counts occurrences only, not " + slo.budgeting());
        continue;
      }
      Window.Rolling rolling = (Window.Rolling) slo.window();
      if (!rolling.length().equals(SlothSpecMapper.PERIOD)) {
        warnings.add("SLO " + slo.id() + ": Sloth sets the period per run, not per SLO; generate with --default-slo-period=" + Durations.format(rolling.length()));
      }
      if (!slo.alerting().policy().isEmpty()) warnings.add("SLO " + slo.id() + ": Sloth takes alert windows per run (--slo-period-windows-path); the custom policy is left out");
      if (slo.alerting().page().webhook() != null || slo.alerting().ticket().webhook() != null) {
        warnings.add("SLO " + slo.id() + ": Sloth has no receivers; the webhooks are left out");
      }
      byService.computeIfAbsent(slo.id().service(), s -> new ArrayList<>()).add(slo(slo));
    }
    List<Map<String, Object>> docs = new ArrayList<>();
    byService.forEach((service, list) -> docs.add(ordered("version", "prometheus/v1", "service", service, "slos", list)));
    return new Conversion(errors.isEmpty() ? YamlText.documents("", docs) : "", warnings, errors);
  }

  private static Map<String, Object> slo(Slo slo) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", slo.id().name());
    m.put("objective", slo.objective().percent());
    if (!slo.description().isEmpty()) m.put("description", slo.description());
    if (!slo.labels().isEmpty()) m.put("labels", new LinkedHashMap<>(slo.labels()));
    m.put("sli", sli(slo.sli()));
    Alerting a = slo.alerting();
    Map<String, Object> alerting = new LinkedHashMap<>();
    if (a.name() != null) alerting.put("name", a.name());
    if (!a.labels().isEmpty()) alerting.put("labels", new LinkedHashMap<>(a.labels()));
    if (!a.annotations().isEmpty()) alerting.put("annotations", new LinkedHashMap<>(a.annotations()));
    putRoute(alerting, "page_alert", a.page());
    putRoute(alerting, "ticket_alert", a.ticket());
    if (!alerting.isEmpty()) m.put("alerting", alerting);
    return m;
  }

  private static void putRoute(Map<String, Object> alerting, String key, Alerting.Route r) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (!r.enabled()) m.put("disable", true);
    if (!r.labels().isEmpty()) m.put("labels", new LinkedHashMap<>(r.labels()));
    if (!r.annotations().isEmpty()) m.put("annotations", new LinkedHashMap<>(r.annotations()));
    if (!m.isEmpty()) alerting.put(key, m);
  }

  private static Map<String, Object> sli(Sli sli) {
    if (sli instanceof Sli.Promql p) {
      if (p.errorRatioQuery() != null) return ordered("raw", ordered("error_ratio_query", p.errorRatioQuery()));
      return ordered("events", ordered("error_query", p.errorQuery(), "total_query", p.totalQuery()));
    }
    Sli.Events e = Spanmetrics.expand(sli);
    String total = sumRate(e.total().toString());
    String error = e.bad() != null ? sumRate(e.bad().toString()) : "(" + total + " - " + sumRate(e.good().toString()) + ")";
    return ordered("events", ordered("error_query", error, "total_query", total));
  }

  static String sumRate(String selector) {
    return "sum(rate(" + selector + "[{{.window}}]))";
  }
}
