package dev.observatory.dashboards.grafana;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Prometheus data source, chosen by the {@code datasource} template variable so the same
 * dashboard works against Prometheus, Thanos, Mimir or the engine's own {@code /metrics} scraper.
 */
final class Datasource {
  static final String VARIABLE = "datasource";

  private Datasource() {}

  static ObjectNode ref() {
    ObjectNode out = Json.object();
    out.put("type", "prometheus");
    out.put("uid", "${" + VARIABLE + "}");
    return out;
  }

  /** Grafana's own annotations and alerts, which every dashboard lists first. */
  static ObjectNode grafanaRef() {
    ObjectNode out = Json.object();
    out.put("type", "grafana");
    out.put("uid", "-- Grafana --");
    return out;
  }
}
