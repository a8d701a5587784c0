package dev.observatory.dashboards.grafana;

import com.fasterxml.jackson.databind.JsonNode;
import dev.observatory.slo.model.Slo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Grafana dashboards generated from SLOs: {@code spanmetrics-red.json} (rate, errors and duration
 * per span, logs, process resources), {@code slo-overview.json} (every SLO, worst budget first)
 * and {@code slo-detail.json} (one SLO, its burn rates against its alert thresholds, and which
 * spans fail). The same SLOs give the same bytes: stable uids, sequential panel ids, no
 * timestamps; the data source is the {@code datasource} template variable.
 */
public final class GrafanaDashboards {
  private GrafanaDashboards() {}

  /** File name → pretty-printed dashboard JSON, in file-name order. The SLOs' order does not matter. */
  public static Map<String, String> generate(List<Slo> slos) {
    Objects.requireNonNull(slos, "slos");
    List<Slo> sorted = new ArrayList<>(slos);
    sorted.sort(Comparator.comparing(Slo::id));
    Map<String, String> out = new TreeMap<>();
    put(out, SpanmetricsRedDashboard.NAME, SpanmetricsRedDashboard.build());
    put(out, SloOverviewDashboard.NAME, SloOverviewDashboard.build());
    put(out, SloDetailDashboard.NAME, SloDetailDashboard.build(sorted));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Every PromQL expression of a dashboard, as written (Grafana variables such as
   * {@code $__rate_interval} and {@code $service} not substituted): the panels' queries in panel
   * and query order, then the annotations' queries. Variable queries ({@code label_values(…)})
   * are Grafana's syntax, not PromQL, and are left out.
   *
   * @throws IllegalArgumentException when the text is not JSON
   */
  public static List<String> queries(String dashboardJson) {
    JsonNode dashboard = Json.parse(dashboardJson);
    List<String> out = new ArrayList<>();
    for (JsonNode panel : dashboard.path("panels")) {
      collectTargets(panel, out);
      for (JsonNode nested : panel.path("panels")) collectTargets(nested, out);
    }
    for (JsonNode annotation : dashboard.path("annotations").path("list")) {
      if (annotation.hasNonNull("expr")) out.add(annotation.get("expr").asText());
    }
    return List.copyOf(out);
  }

  private static void collectTargets(JsonNode panel, List<String> out) {
    for (JsonNode target : panel.path("targets")) {
      if (target.hasNonNull("expr")) out.add(target.get("expr").asText());
    }
  }

  private static void put(Map<String, String> out, String name, Dashboard dashboard) {
    out.put(name + ".json", Json.pretty(dashboard.toJson()));
  }
}
