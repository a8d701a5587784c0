package dev.observatory.dashboards.grafana;

import static dev.observatory.slo.model.Spanmetrics.CALLS;
import static dev.observatory.slo.model.Spanmetrics.KIND_SERVER;
import static dev.observatory.slo.model.Spanmetrics.SERVICE;
import static dev.observatory.slo.model.Spanmetrics.SPAN_KIND;
import static dev.observatory.slo.model.Spanmetrics.SPAN_NAME;
import static dev.observatory.slo.model.Spanmetrics.STATUS_CODE;
import static dev.observatory.slo.model.Spanmetrics.STATUS_ERROR;
import static dev.observatory.slo.series.SloSeries.CURRENT_BURN_RATE;
import static dev.observatory.slo.series.SloSeries.ERROR_BUDGET;
import static dev.observatory.slo.series.SloSeries.INFO;
import static dev.observatory.slo.series.SloSeries.OBJECTIVE;
import static dev.observatory.slo.series.SloSeries.PERIOD_BUDGET_REMAINING;
import static dev.observatory.slo.series.SloSeries.PERIOD_BURN_RATE;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.observatory.slo.model.Durations;
import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.series.SloSeries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One SLO, chosen by the {@code service} and {@code slo} variables: its SLI against the objective,
 * the budget burning down over the period, burn rates over every window with the alert
 * thresholds of its policy, and which spans fail while it burns. The SLO set shapes only the
 * thresholds, the windows shown and the budget panel's range; everything else reads the series.
 */
final class SloDetailDashboard {
  static final String NAME = "slo-detail";
  static final String KIND_CLIENT = "SPAN_KIND_CLIENT";

  private static final String SELECTED = SloSeries.SERVICE + "=\"$service\"," + SloSeries.SLO + "=\"$slo\"";
  private static final String ON_SLO = " on (" + SloSeries.SERVICE + ", " + SloSeries.SLO + ") ";

  private SloDetailDashboard() {}

  static Dashboard build(List<Slo> slos) {
    Dashboard d =
        new Dashboard(
            NAME,
            "SLO detail",
            "One SLO: SLI against the objective, error budget over the period, burn rate per window with its alert thresholds, and the spans that fail.",
            "now-24h");
    d.variable(Variables.labelValues("service", "Service", "label_values(" + INFO + ", " + SloSeries.SERVICE + ")"));
    d.variable(Variables.labelValues("slo", "SLO", "label_values(" + INFO + "{" + SloSeries.SERVICE + "=\"$service\"}, " + SloSeries.SLO + ")"));
    d.annotation("Alerts firing", "ALERTS{alertstate=\"firing\"," + SELECTED + "}", "{{alertname}} ({{severity}})", "red");

    d.row("Now");
    d.add(Panel.stat("Objective", 4).unit("percentunit").decimals(3).query(series(OBJECTIVE), ""));
    d.add(Panel.stat("SLI over the period", 4).unit("percentunit").decimals(3).query(periodSli(), ""));
    d.add(
        Panel.stat("Error budget left", 4)
            .unit("percentunit")
            .decimals(1)
            .query(series(PERIOD_BUDGET_REMAINING), "")
            .threshold(null, "red")
            .threshold(0.0, "orange")
            .threshold(0.25, "green"));
    d.add(burnStat("Burn rate now (5m)", CURRENT_BURN_RATE));
    d.add(burnStat("Burn rate over the period", PERIOD_BURN_RATE));
    d.add(
        Panel.stat("Alerts firing", 4)
            .decimals(0)
            .query("count(ALERTS{alertstate=\"firing\"," + SELECTED + "}) or vector(0)", "")
            .threshold(null, "green")
            .threshold(1.0, "red"));

    d.row("SLI and error budget");
    d.add(
        Panel.timeseries("SLI against the objective", 12)
            .describe("Share of good events (or good time slices) over short windows and over the period, with the objective.")
            .unit("percentunit")
            .query("1 - " + series(SloSeries.errorRatio(Duration.ofMinutes(5))), "SLI over 5m")
            .query("1 - " + series(SloSeries.errorRatio(Duration.ofHours(1))), "SLI over 1h")
            .query(periodSli(), "SLI over the period")
            .query(series(OBJECTIVE), "objective"));
    d.add(
        Panel.timeseries("Error budget left over the period", 12)
            .describe("Share of the period's error budget not yet spent; below zero the SLO is broken for this period. Shown over the longest SLO period.")
            .unit("percentunit")
            .timeFrom(Durations.format(longestPeriod(slos)))
            .query(series(PERIOD_BUDGET_REMAINING), "budget left")
            .threshold(null, "red")
            .threshold(0.0, "transparent")
            .thresholdLines());

    d.row("Burn rate");
    d.add(burnRates("Burn rate over the long windows", "Alerts fire when the burn rate is above a threshold over a long window and its short window.", BurnRateThresholds.longWindows(slos), slos));
    d.add(burnRates("Burn rate over the short windows", "The short window confirms that the burn is still going on, so alerts stop soon after it ends.", BurnRateThresholds.shortWindows(slos), slos));

    d.row("Error attribution");
    d.add(
        Panel.timeseries("Failing downstream calls of $service by span name", 12)
            .describe("Client spans of the SLO's service that end in an error: the dependencies that fail while its bad events occur.")
            .unit("reqps")
            .min(0)
            .query(
                "sum by (" + SPAN_NAME + ") (rate(" + CALLS + "{" + SERVICE + "=\"$service\"," + SPAN_KIND + "=\"" + KIND_CLIENT + "\"," + STATUS_CODE + "=\"" + STATUS_ERROR + "\"}[$__rate_interval]))",
                "{{" + SPAN_NAME + "}}"));
    d.add(
        Panel.timeseries("Failing server spans of $service by span name", 12)
            .describe("The SLO's service's own operations that end in an error.")
            .unit("reqps")
            .min(0)
            .query(
                "sum by (" + SPAN_NAME + ") (rate(" + CALLS + "{" + SERVICE + "=\"$service\"," + SPAN_KIND + "=\"" + KIND_SERVER + "\"," + STATUS_CODE + "=\"" + STATUS_ERROR + "\"}[$__rate_interval]))",
                "{{" + SPAN_NAME + "}}"));
    d.add(
        Panel.timeseries("Failing server spans by service", 12)
            .describe("Errors of every service's server spans, for context: a failure that starts elsewhere shows up here first.")
            .unit("reqps")
            .min(0)
            .query(
                "sum by (" + SERVICE + ") (rate(" + CALLS + "{" + SPAN_KIND + "=\"" + KIND_SERVER + "\"," + STATUS_CODE + "=\"" + STATUS_ERROR + "\"}[$__rate_interval]))",
                "{{" + SERVICE + "}}"));
    d.add(
        Panel.timeseries("Alerts firing for this SLO", 12)
            .describe("The SLO's burn-rate alerts while they fire, by severity.")
            .min(0)
            .decimals(0)
            .query("sum by (alertname, " + SloSeries.SEVERITY + ") (ALERTS{alertstate=\"firing\"," + SELECTED + "})", "{{" + SloSeries.SEVERITY + "}} {{alertname}}"));
    return d;
  }

  private static String series(String name) {
    return name + "{" + SELECTED + "}";
  }

  /** The period's error ratio is its burn rate times the budget; the SLI is what is left of 1. */
  private static String periodSli() {
    return "1 - " + series(PERIOD_BURN_RATE) + " *" + ON_SLO + series(ERROR_BUDGET);
  }

  private static String burnRate(Duration window) {
    return series(SloSeries.errorRatio(window)) + " /" + ON_SLO + series(ERROR_BUDGET);
  }

  private static Panel burnStat(String title, String name) {
    return Panel.stat(title, 4).decimals(2).query(series(name), "").threshold(null, "green").threshold(1.0, "orange");
  }

  private static Panel burnRates(String title, String description, List<Duration> windows, List<Slo> slos) {
    Panel panel =
        Panel.timeseries(title, 12)
            .describe(description + " Threshold lines are the selected SLO's policy; the line at 1 spends exactly the budget over the period.")
            .min(0)
            .decimals(2)
            .threshold(null, "green")
            .threshold(1.0, "orange")
            .thresholdLines();
    for (Duration window : windows) panel.query(burnRate(window), Durations.format(window));
    panel.query(series(PERIOD_BURN_RATE), "period");
    List<String> pages = new ArrayList<>();
    List<String> tickets = new ArrayList<>();
    for (Map.Entry<BurnRateThresholds.Condition, List<SloId>> e : BurnRateThresholds.conditions(slos).entrySet()) {
      String legend = "threshold: " + e.getKey().legend();
      panel.query(BurnRateThresholds.expr(e.getKey(), e.getValue(), SELECTED), legend);
      (e.getKey().severity() == Severity.PAGE ? pages : tickets).add(legend);
    }
    // Dashed and coloured by severity, so thresholds do not read as one more window.
    if (!pages.isEmpty()) thresholdStyle(panel, pages, "red");
    if (!tickets.isEmpty()) thresholdStyle(panel, tickets, "orange");
    return panel;
  }

  private static void thresholdStyle(Panel panel, List<String> legends, String color) {
    ObjectNode dashed = Json.object();
    dashed.put("fill", "dash");
    dashed.set("dash", Json.array().add(10).add(10));
    panel.override(legends, "custom.lineStyle", dashed);
    ObjectNode fixed = Json.object();
    fixed.put("mode", "fixed");
    fixed.put("fixedColor", color);
    panel.override(legends, "color", fixed);
  }

  private static Duration longestPeriod(List<Slo> slos) {
    return slos.stream().map(s -> s.window().nominalLength()).max(Duration::compareTo).orElse(Duration.ofDays(30));
  }
}
