package dev.observatory.dashboards.grafana;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One Prometheus query of a panel: a range query drawn as series, or an instant query read as a
 * table row per series (for tables and joins).
 */
record Target(String expr, String legend, boolean instant) {
  Target {
    Objects.requireNonNull(expr, "expr");
    if (expr.isBlank()) throw new IllegalArgumentException("a panel query must not be blank");
    legend = legend == null ? "" : legend;
  }

  static Target range(String expr, String legend) {
    return new Target(expr, legend, false);
  }

  static Target instant(String expr) {
    return new Target(expr, "", true);
  }

  ObjectNode toJson(String refId) {
    ObjectNode out = Json.object();
    out.put("refId", refId);
    out.set("datasource", Datasource.ref());
    out.put("expr", expr);
    if (!legend.isEmpty()) out.put("legendFormat", legend);
    out.put("range", !instant);
    out.put("instant", instant);
    out.put("format", instant ? "table" : "time_series");
    return out;
  }
}
