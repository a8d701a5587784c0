package dev.observatory.dashboards.grafana;

import static dev.observatory.slo.model.Spanmetrics.CALLS;
import static dev.observatory.slo.model.Spanmetrics.DURATION_BUCKET;
import static dev.observatory.slo.model.Spanmetrics.DURATION_COUNT;
import static dev.observatory.slo.model.Spanmetrics.DURATION_SUM;
import static dev.observatory.slo.model.Spanmetrics.LE;
import static dev.observatory.slo.model.Spanmetrics.SERVICE;
import static dev.observatory.slo.model.Spanmetrics.SPAN_NAME;
import static dev.observatory.slo.model.Spanmetrics.STATUS_CODE;
import static dev.observatory.slo.model.Spanmetrics.STATUS_ERROR;

/**
 * The OpenTelemetry demo's "Spanmetrics (RED)" dashboard for the shop: rate, errors and duration
 * per span name of the chosen services, then their logs and the processes' CPU and memory.
 * Names are the spanmetrics contract's and the shop's process metrics' (shop-simulator's
 * telemetry package); process metrics carry no service label, so they are per scrape target.
 */
final class SpanmetricsRedDashboard {
  static final String NAME = "spanmetrics-red";
  static final String LOG_RECORDS = "log_records_total";
  static final String CPU_UTILIZATION = "jvm_cpu_recent_utilization";
  static final String CPU_TIME = "jvm_cpu_time_seconds_total";
  static final String MEMORY_USED = "jvm_memory_used_bytes";

  private static final String SERVICES = SERVICE + "=~\"$service\"";

  private SpanmetricsRedDashboard() {}

  static Dashboard build() {
    Dashboard d =
        new Dashboard(
            NAME,
            "Spanmetrics (RED)",
            "Requests, errors and duration per span name from the spanmetrics series, with logs and process resources.",
            "now-1h");
    d.variable(Variables.multiLabelValues("service", "Service", "label_values(" + CALLS + ", " + SERVICE + ")"));

    d.row("Requests, errors, duration");
    d.add(
        Panel.timeseries("Requests Rate by Span Name", 12)
            .describe("Calls per second of every span of the chosen services, by span name.")
            .unit("reqps")
            .min(0)
            .query(bySpanName(rate(CALLS, SERVICES)), "{{" + SPAN_NAME + "}}"));
    d.add(
        Panel.timeseries("Error Rate by Span Name", 12)
            .describe("Share of calls that ended with an error status, by span name.")
            .unit("percentunit")
            .min(0)
            .query(
                bySpanName(rate(CALLS, SERVICES + "," + STATUS_CODE + "=\"" + STATUS_ERROR + "\"")) + " / " + bySpanName(rate(CALLS, SERVICES)),
                "{{" + SPAN_NAME + "}}"));
    d.add(
        Panel.timeseries("Average Duration by Span Name", 12)
            .describe("Mean span duration: rate of the histogram's sum over rate of its count.")
            .unit("ms")
            .min(0)
            .query(bySpanName(rate(DURATION_SUM, SERVICES)) + " / " + bySpanName(rate(DURATION_COUNT, SERVICES)), "{{" + SPAN_NAME + "}}"));
    for (String[] quantile : new String[][] {{"p50", "0.5"}, {"p95", "0.95"}, {"p99", "0.99"}}) {
      d.add(
          Panel.timeseries(quantile[0] + " Duration by Span Name", 12)
              .describe("The " + quantile[0] + " of span duration from the histogram buckets (an estimate within bucket bounds).")
              .unit("ms")
              .min(0)
              .query(
                  "histogram_quantile(" + quantile[1] + ", sum by (" + SPAN_NAME + ", " + LE + ") (" + rate(DURATION_BUCKET, SERVICES) + "))",
                  "{{" + SPAN_NAME + "}}"));
    }

    d.row("Logs and process");
    d.add(
        Panel.timeseries("Log Records by Severity", 12)
            .describe("Log records per second of the chosen services, by severity.")
            .unit("cps")
            .min(0)
            .query("sum by (severity) (" + rate(LOG_RECORDS, SERVICES) + ")", "{{severity}}"));
    d.add(
        Panel.timeseries("Process CPU", 12)
            .describe("Recent CPU utilization as the JVM reports it (0 to 1 of all processors), and CPU seconds used per second.")
            .unit("percentunit")
            .min(0)
            .query(CPU_UTILIZATION, "utilization {{instance}}")
            .query("rate(" + CPU_TIME + "[$__rate_interval])", "cpu seconds/s {{instance}}"));
    d.add(
        Panel.timeseries("Process Memory", 12)
            .describe("JVM memory used, heap and non-heap, per process.")
            .unit("bytes")
            .min(0)
            .query("sum by (instance, jvm_memory_type) (" + MEMORY_USED + ")", "{{jvm_memory_type}} {{instance}}"));
    return d;
  }

  private static String rate(String metric, String matchers) {
    return "rate(" + metric + "{" + matchers + "}[$__rate_interval])";
  }

  private static String bySpanName(String expr) {
    return "sum by (" + SPAN_NAME + ") (" + expr + ")";
  }
}
