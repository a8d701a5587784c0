package dev.observatory.dashboards.backtest;

import dev.observatory.dashboards.rules.PrometheusRules;
import dev.observatory.slo.model.Durations;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.Yaml;

/**
 * The expressions of the generated recording rules {@code slo:sli_error:ratio_rate<W>}, per SLO and
 * window: what Prometheus evaluates for the SLO's error ratio over each window.
 */
final class RecordedRatios {
  private static final String PREFIX = "slo:sli_error:ratio_rate";

  private RecordedRatios() {}

  /** Per SLO, per window, the rule's expression. */
  @SuppressWarnings("unchecked")
  static Map<SloId, Map<Duration, String>> of(List<Slo> slos) {
    Map<SloId, Map<Duration, String>> out = new TreeMap<>();
    for (String yaml : PrometheusRules.generate(slos).values()) {
      Map<String, Object> file = (Map<String, Object>) new Yaml().load(yaml);
      for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
        for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
          String record = (String) rule.get("record");
          if (record == null || !record.startsWith(PREFIX)) continue;
          Map<String, Object> labels = (Map<String, Object>) rule.get("labels");
          SloId id = new SloId((String) labels.get("service"), (String) labels.get("slo"));
          Duration window = Durations.parse(record.substring(PREFIX.length()));
          out.computeIfAbsent(id, k -> new TreeMap<>()).put(window, (String) rule.get("expr"));
        }
      }
    }
    return out;
  }
}
