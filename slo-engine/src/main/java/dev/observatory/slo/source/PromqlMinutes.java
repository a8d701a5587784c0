package dev.observatory.slo.source;

import com.fasterxml.jackson.databind.JsonNode;
import dev.observatory.slo.model.Sli;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-minute counts of a raw PromQL SLI through the Prometheus API: each query with
 * {@code {{.window}}} = {@code 1m}, evaluated at every minute's end ({@code query_range}, step 60 s),
 * is the minute's per-second rate (Sloth's convention, {@code sum(rate(...[{{.window}}]))}); times
 * 60 it is the minute's count.
 *
 * <p>Unlike the selector path these counts inherit Prometheus' extrapolation: {@code rate()} over a
 * minute scales the increase between the first and last sample in it up to the whole minute, so a
 * minute's count is an estimate (not a whole number), and a series that starts or resets inside a
 * minute may be over- or under-counted. Ratios and burn rates are what the generated recording rules
 * see too. A query written with {@code increase()} would make the counts 60 times too large (its
 * ratios stay right). An {@code errorRatio} SLI has no counts at all: each minute with a ratio counts
 * as one event, good by {@code 1 - ratio}, so every minute with traffic weighs the same.
 */
final class PromqlMinutes {
  private final PrometheusHttp http;

  PromqlMinutes(PrometheusHttp http) {
    this.http = http;
  }

  /** The minutes {@code [fromMinute, toMinute)}: no data where the total (or ratio) query had no finite value. */
  List<MinuteTally> minutes(Sli.Promql sli, long fromMinute, long toMinute) throws IOException, InterruptedException {
    List<MinuteTally> out = new ArrayList<>((int) (toMinute - fromMinute));
    if (sli.errorRatioQuery() != null) {
      Map<Long, Double> ratios = perMinute(sli.errorRatioQuery(), fromMinute, toMinute);
      for (long m = fromMinute; m < toMinute; m++) {
        Double r = ratios.get(m);
        out.add(r == null ? MinuteTally.noData(m) : new MinuteTally(m, true, 1 - Math.min(1, Math.max(0, r)), 1));
      }
      return out;
    }
    Map<Long, Double> totals = perMinute(sli.totalQuery(), fromMinute, toMinute);
    Map<Long, Double> errors = perMinute(sli.errorQuery(), fromMinute, toMinute);
    for (long m = fromMinute; m < toMinute; m++) {
      Double rate = totals.get(m);
      if (rate == null || rate < 0) {
        out.add(MinuteTally.noData(m));
        continue;
      }
      double total = rate * 60;
      // No error series at all (nothing failed since they started) is zero errors, not a gap.
      double bad = Math.min(total, Math.max(0, errors.getOrDefault(m, 0.0) * 60));
      out.add(new MinuteTally(m, true, total - bad, total));
    }
    return out;
  }

  /** The query at each minute's end, summed over the series it returns; minutes without a finite value are absent. */
  private Map<Long, Double> perMinute(String query, long fromMinute, long toMinute) throws IOException, InterruptedException {
    JsonNode data = http.range(query.replace("{{.window}}", "1m"), (fromMinute + 1) * 60, toMinute * 60, 60);
    Map<Long, Double> out = new HashMap<>();
    for (JsonNode series : data.path("result")) {
      for (JsonNode point : series.path("values")) {
        long minute = Math.round(point.get(0).asDouble()) / 60 - 1;
        double v = parse(point.get(1).asText());
        if (Double.isFinite(v) && minute >= fromMinute && minute < toMinute) out.merge(minute, v, Double::sum);
      }
    }
    return out;
  }

  private static double parse(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return Double.NaN; // "+Inf", "-Inf" and "NaN" are Prometheus' spellings
    }
  }
}
