package dev.observatory.dashboards.grafana;

import static dev.observatory.slo.series.SloSeries.ERROR_BUDGET;
import static dev.observatory.slo.series.SloSeries.INFO;
import static dev.observatory.slo.series.SloSeries.OBJECTIVE;
import static dev.observatory.slo.series.SloSeries.PERIOD_BUDGET_REMAINING;
import static dev.observatory.slo.series.SloSeries.PERIOD_BURN_RATE;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.observatory.slo.model.Durations;
import dev.observatory.slo.series.SloSeries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Every SLO on one screen, worst budget first: one table row per SLO joined from instant queries
 * on {@code service} and {@code slo}, and counts of SLOs burning and alerts firing above it. The
 * queries read only the recorded series, so the dashboard does not change with the SLO set.
 */
final class SloOverviewDashboard {
  static final String NAME = "slo-overview";
  /** Alerts of the generated rules carry the SLO's labels; other alerts in the same Prometheus do not. */
  static final String SLO_ALERTS = "ALERTS{alertstate=\"firing\"," + SloSeries.SLO + "!=\"\"}";

  private static final String BY_SLO = "max by (" + SloSeries.SERVICE + ", " + SloSeries.SLO + ") ";
  private static final String BUDGET_LEFT = "Budget left (%)";
  private static final String ALERTS_FIRING = "Alerts firing";

  private SloOverviewDashboard() {}

  static Dashboard build() {
    Dashboard d = new Dashboard(NAME, "SLO overview", "Every SLO: SLI, objective, error budget left, burn rate per window and alerts firing, worst budget first.", "now-6h");
    d.row("Now");
    d.add(stat("SLOs", "count(" + INFO + ") or vector(0)", "Every SLO with results.", null));
    d.add(
        stat(
            "SLOs burning",
            "count(" + BY_SLO + "(" + SloSeries.errorRatio(Duration.ofHours(1)) + ") / " + BY_SLO + "(" + ERROR_BUDGET + ") > 1) or vector(0)",
            "SLOs spending their error budget faster than it lasts over their period (burn rate above 1 over the last hour).",
            "orange"));
    d.add(stat("SLOs out of budget", "count(" + PERIOD_BUDGET_REMAINING + " <= 0) or vector(0)", "SLOs with no error budget left in their period.", "red"));
    d.add(stat(ALERTS_FIRING, "count(" + SLO_ALERTS + ") or vector(0)", "Burn-rate alerts firing, pages and tickets.", "red"));
    d.add(stat("Pages firing", "count(" + alerts("page") + ") or vector(0)", "Burn-rate alerts that page.", "red"));
    d.add(stat("Tickets firing", "count(" + alerts("ticket") + ") or vector(0)", "Burn-rate alerts that open a ticket.", "orange"));
    d.row("SLOs");
    d.add(table());
    return d;
  }

  private static String alerts(String severity) {
    return SLO_ALERTS.replace("}", "," + SloSeries.SEVERITY + "=\"" + severity + "\"}");
  }

  private static Panel stat(String title, String expr, String description, String alarmColor) {
    Panel panel = Panel.stat(title, 4).describe(description).decimals(0).query(expr, "").threshold(null, "green");
    if (alarmColor != null) panel.threshold(1.0, alarmColor);
    return panel;
  }

  /** The columns after the SLO's labels: title and query, in display order. */
  private record Column(String title, String expr) {}

  private static List<Column> columns() {
    List<Column> columns = new ArrayList<>();
    columns.add(new Column(BUDGET_LEFT, "100 * " + BY_SLO + "(" + PERIOD_BUDGET_REMAINING + ")"));
    columns.add(new Column("Objective (%)", "100 * " + BY_SLO + "(" + OBJECTIVE + ")"));
    columns.add(
        new Column("SLI over period (%)", "100 * (1 - " + BY_SLO + "(" + PERIOD_BURN_RATE + ") * " + BY_SLO + "(" + ERROR_BUDGET + "))"));
    for (Duration window : SloSeries.STANDARD_WINDOWS) {
      columns.add(new Column("Burn " + Durations.format(window), BY_SLO + "(" + SloSeries.errorRatio(window) + ") / " + BY_SLO + "(" + ERROR_BUDGET + ")"));
    }
    columns.add(new Column("Burn period", BY_SLO + "(" + PERIOD_BURN_RATE + ")"));
    columns.add(
        new Column(
            ALERTS_FIRING,
            "count by (" + SloSeries.SERVICE + ", " + SloSeries.SLO + ") (" + SLO_ALERTS + ") or " + BY_SLO + "(0 * " + INFO + ")"));
    return columns;
  }

  /**
   * Query A is {@code slo:info}, whose labels (SLI kind, window, budgeting, …) become the first
   * columns; every other query adds one value column. Grafana's merge joins the rows on the
   * shared label columns, then the rows are sorted by budget left, ascending.
   */
  private static Panel table() {
    List<Column> columns = columns();
    Panel panel =
        Panel.table("SLOs, worst budget first", 12)
            .describe("One row per SLO. Budget left, objective and SLI in percent; burn rate 1 spends exactly the budget over the period.")
            .decimals(2)
            .instant(INFO);
    columns.forEach(c -> panel.instant(c.expr()));

    panel.transform("merge", Json.object());
    ObjectNode sortField = Json.object();
    sortField.put("field", value(1));
    sortField.put("desc", false);
    ObjectNode sort = Json.object();
    sort.set("fields", Json.object());
    sort.set("sort", Json.array().add(sortField));
    panel.transform("sortBy", sort);

    ObjectNode exclude = Json.object();
    // slo:info's objective label repeats the Objective (%) column; job and instance appear when
    // the engine's /metrics is scraped instead of the rules being evaluated.
    for (String hidden : List.of("Time", "__name__", "job", "instance", "objective", value(0))) exclude.put(hidden, true);
    ObjectNode index = Json.object();
    List<String> labelsFirst = List.of(SloSeries.SERVICE, SloSeries.SLO, "sli", "window", "budgeting");
    for (int i = 0; i < labelsFirst.size(); i++) index.put(labelsFirst.get(i), i);
    ObjectNode rename = Json.object();
    for (int i = 0; i < columns.size(); i++) {
      index.put(value(i + 1), labelsFirst.size() + i);
      rename.put(value(i + 1), columns.get(i).title());
    }
    ObjectNode organize = Json.object();
    organize.set("excludeByName", exclude);
    organize.set("indexByName", index);
    organize.set("renameByName", rename);
    panel.transform("organize", organize);

    ObjectNode sortBy = Json.object();
    sortBy.put("displayName", BUDGET_LEFT);
    sortBy.put("desc", false);
    panel.option("sortBy", Json.array().add(sortBy));

    List<String> burnColumns = columns.stream().map(Column::title).filter(t -> t.startsWith("Burn ")).toList();
    panel.override(List.of(BUDGET_LEFT), "thresholds", steps(new Object[][] {{null, "red"}, {0.0, "orange"}, {25.0, "green"}}));
    panel.override(List.of(BUDGET_LEFT), "custom.cellOptions", cell("color-background"));
    panel.override(burnColumns, "thresholds", steps(new Object[][] {{null, "green"}, {1.0, "orange"}}));
    panel.override(burnColumns, "custom.cellOptions", cell("color-text"));
    panel.override(List.of(ALERTS_FIRING), "thresholds", steps(new Object[][] {{null, "green"}, {1.0, "red"}}));
    panel.override(List.of(ALERTS_FIRING), "custom.cellOptions", cell("color-background"));
    return panel;
  }

  private static ObjectNode steps(Object[][] steps) {
    ArrayNode list = Json.array();
    for (Object[] step : steps) {
      ObjectNode node = Json.object();
      if (step[0] == null) node.putNull("value");
      else node.put("value", (Double) step[0]);
      node.put("color", (String) step[1]);
      list.add(node);
    }
    ObjectNode out = Json.object();
    out.put("mode", "absolute");
    out.set("steps", list);
    return out;
  }

  private static ObjectNode cell(String type) {
    ObjectNode out = Json.object();
    out.put("type", type);
    return out;
  }

  /** The value column Grafana's merge names after query {@code index}: {@code Value #A}, … */
  private static String value(int index) {
    return "Value #" + Panel.refId(index);
  }
}
