package dev.observatory.slo.server;

import dev.observatory.slo.math.SloStatus;
import dev.observatory.slo.math.WindowStatus;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.series.SloSeries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The engine's SLO results in Prometheus text exposition, with the recording rules' names and
 * labels (DESIGN.md, "SLO results as series"), so the generated dashboards read the engine too.
 * A value without data is left out: never NaN, never 0.
 */
final class ResultsExposition {
  private ResultsExposition() {}

  /** One SLO's definition and its latest status (null before its first evaluation). */
  record Entry(Slo slo, SloStatus status) {}

  static String write(List<Entry> entries, Map<String, Double> engineCounters) {
    Map<String, StringBuilder> families = new LinkedHashMap<>();
    for (Entry e : entries) {
      String labels = labels(SloSeries.labels(e.slo()));
      gauge(families, SloSeries.OBJECTIVE, labels, OptionalDouble.of(e.slo().objective().ratio()));
      gauge(families, SloSeries.ERROR_BUDGET, labels, OptionalDouble.of(e.slo().objective().errorBudget()));
      gauge(families, SloSeries.TIME_PERIOD_DAYS, labels, OptionalDouble.of(e.slo().window().nominalLength().toHours() / 24.0));
      gauge(families, SloSeries.INFO, labels(SloSeries.infoLabels(e.slo())), OptionalDouble.of(1));
      SloStatus s = e.status();
      if (s == null) continue;
      for (WindowStatus w : s.windows()) {
        if (!w.length().equals(e.slo().window().nominalLength()) || e.slo().window() instanceof dev.observatory.slo.model.Window.Calendar) {
          gauge(families, SloSeries.errorRatio(w.length()), labels, w.errorRatio());
        }
      }
      gauge(families, SloSeries.periodErrorRatio(e.slo().window()), labels, s.period().errorRatio());
      gauge(families, SloSeries.CURRENT_BURN_RATE, labels, burn(s, java.time.Duration.ofMinutes(5)));
      gauge(families, SloSeries.PERIOD_BURN_RATE, labels, s.period().burnRate());
      gauge(families, SloSeries.PERIOD_BUDGET_REMAINING, labels, s.period().budgetRemaining());
    }
    StringBuilder out = new StringBuilder();
    families.forEach((name, body) -> out.append("# TYPE ").append(name).append(" gauge\n").append(body));
    new TreeMap<>(engineCounters).forEach((series, value) -> {
      String family = series.contains("{") ? series.substring(0, series.indexOf('{')) : series;
      out.append("# TYPE ").append(family).append(family.endsWith("_total") ? " counter" : " gauge").append('\n');
      out.append(series).append(' ').append(number(value)).append('\n');
    });
    return out.toString();
  }

  private static OptionalDouble burn(SloStatus s, java.time.Duration window) {
    for (WindowStatus w : s.windows()) if (w.length().equals(window)) return w.burnRate();
    return OptionalDouble.empty();
  }

  private static void gauge(Map<String, StringBuilder> families, String name, String labels, OptionalDouble value) {
    if (value.isEmpty() || !Double.isFinite(value.getAsDouble())) return;
    families.computeIfAbsent(name, n -> new StringBuilder()).append(name).append('{').append(labels).append("} ").append(number(value.getAsDouble())).append('\n');
  }

  private static String labels(Map<String, String> labels) {
    StringBuilder out = new StringBuilder();
    labels.forEach((k, v) -> {
      if (out.length() > 0) out.append(',');
      out.append(k).append("=\"").append(v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"');
    });
    return out.toString();
  }

  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
    return Double.toString(v);
  }

}
