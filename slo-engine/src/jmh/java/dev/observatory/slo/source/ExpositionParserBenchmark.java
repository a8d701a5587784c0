package dev.observatory.slo.source;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parsing one /metrics page of 10,000 spanmetrics series (calls counters and duration histograms
 * of 100 services × 5 spans, as the OpenTelemetry Collector exposes them), in either format.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExpositionParserBenchmark {
  private static final long[] BUCKETS = {2, 4, 6, 8, 10, 50, 100, 200, 400, 800, 1000, 1400, 2000, 5000, 10000, 15000};

  @Param({"PROMETHEUS_TEXT", "OPENMETRICS"})
  public String format;

  private String page;
  private ExpositionParser parser;

  @Setup
  public void setUp() {
    ExpositionFormat f = ExpositionFormat.valueOf(format);
    boolean om = f == ExpositionFormat.OPENMETRICS;
    StringBuilder out = new StringBuilder(2_000_000);
    int series = 0;
    StringBuilder calls = new StringBuilder(om ? "# TYPE traces_span_metrics_calls counter\n" : "# TYPE traces_span_metrics_calls_total counter\n");
    StringBuilder duration = new StringBuilder("# TYPE traces_span_metrics_duration_milliseconds histogram\n");
    for (int service = 0; series < 10_000; service++) {
      for (int span = 0; span < 5 && series < 10_000; span++) {
        String labels = "service_name=\"service-" + service + "\",span_kind=\"SPAN_KIND_SERVER\",span_name=\"oteldemo.Service" + service + "/Method" + span
            + "\",status_code=\"STATUS_CODE_UNSET\"";
        calls.append("traces_span_metrics_calls_total{").append(labels).append("} ").append(1000 + series).append('\n');
        series++;
        long count = 0;
        for (long le : BUCKETS) {
          count += 7;
          duration.append("traces_span_metrics_duration_milliseconds_bucket{").append(labels).append(",le=\"").append(le).append("\"} ").append(count).append('\n');
          series++;
        }
        duration.append("traces_span_metrics_duration_milliseconds_bucket{").append(labels).append(",le=\"+Inf\"} ").append(count).append('\n');
        duration.append("traces_span_metrics_duration_milliseconds_sum{").append(labels).append("} ").append(count * 37.25).append('\n');
        duration.append("traces_span_metrics_duration_milliseconds_count{").append(labels).append("} ").append(count).append('\n');
        series += 3;
      }
    }
    out.append(calls).append(duration);
    if (om) out.append("# EOF\n");
    page = out.toString();
    parser = ExpositionParser.forPages(f);
    ParseResult check = parser.parse(page);
    if (!check.ok() || check.samples().size() < 10_000) throw new IllegalStateException("bad benchmark page: " + check.problem() + ", " + check.samples().size() + " samples");
  }

  @Benchmark
  public ParseResult parsePage() {
    return parser.parse(page);
  }
}
