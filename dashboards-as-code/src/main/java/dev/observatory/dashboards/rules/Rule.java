package dev.observatory.dashboards.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/** One Prometheus rule: a recording rule ({@code record}) or an alerting rule ({@code alert}). */
record Rule(String record, String alert, String expr, String forDuration, SortedMap<String, String> labels, SortedMap<String, String> annotations) {
  Rule {
    if ((record == null) == (alert == null)) throw new IllegalArgumentException("a rule is either a record or an alert");
    Objects.requireNonNull(expr, "expr");
    labels = new TreeMap<>(labels);
    annotations = new TreeMap<>(annotations);
  }

  static Rule record(String name, String expr, Map<String, String> labels) {
    return new Rule(name, null, expr, null, new TreeMap<>(labels), new TreeMap<>());
  }

  static Rule alert(String name, String expr, String forDuration, Map<String, String> labels, Map<String, String> annotations) {
    return new Rule(null, name, expr, forDuration, new TreeMap<>(labels), new TreeMap<>(annotations));
  }

  Map<String, Object> toYaml() {
    Map<String, Object> out = new LinkedHashMap<>();
    if (record != null) out.put("record", record);
    if (alert != null) out.put("alert", alert);
    out.put("expr", expr);
    if (forDuration != null) out.put("for", forDuration);
    if (!labels.isEmpty()) out.put("labels", labels);
    if (!annotations.isEmpty()) out.put("annotations", annotations);
    return out;
  }
}
