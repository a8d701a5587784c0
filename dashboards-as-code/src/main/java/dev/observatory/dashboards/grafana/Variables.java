package dev.observatory.dashboards.grafana;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Template variables: the data source and label-value pickers. */
final class Variables {
  private Variables() {}

  static ObjectNode datasource() {
    ObjectNode out = Json.object();
    out.put("type", "datasource");
    out.put("name", Datasource.VARIABLE);
    out.put("label", "Data source");
    out.put("query", "prometheus");
    out.put("refresh", 1);
    out.put("regex", "");
    out.put("hide", 0);
    return out;
  }

  /** A single-choice picker over {@code label_values(...)}. */
  static ObjectNode labelValues(String name, String label, String query) {
    ObjectNode out = Json.object();
    out.put("type", "query");
    out.put("name", name);
    out.put("label", label);
    out.set("datasource", Datasource.ref());
    out.put("query", query);
    out.put("definition", query);
    out.put("refresh", 2);
    out.put("sort", 1);
    out.put("multi", false);
    out.put("includeAll", false);
    out.put("hide", 0);
    return out;
  }

  /** A picker that allows several values and "All"; queries must match it with {@code =~}. */
  static ObjectNode multiLabelValues(String name, String label, String query) {
    ObjectNode out = labelValues(name, label, query);
    out.put("multi", true);
    out.put("includeAll", true);
    out.put("allValue", ".*");
    ObjectNode current = Json.object();
    current.set("text", Json.strings(java.util.List.of("All")));
    current.set("value", Json.strings(java.util.List.of("$__all")));
    out.set("current", current);
    return out;
  }
}
