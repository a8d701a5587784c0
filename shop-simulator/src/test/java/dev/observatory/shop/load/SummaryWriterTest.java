package dev.observatory.shop.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryWriterTest {

  private static Duration ms(double millis) {
    return Duration.ofNanos((long) (millis * 1_000_000));
  }

  @Test
  void theFinalSummaryHasTotalsAPercentileTablePerRouteAndErrorsByRouteAndStatus() {
    LoadSummary summary =
        new LoadSummary(
            Duration.ofSeconds(300),
            1180,
            3,
            false,
            List.of(
                new LoadSummary.RouteSummary("GET /", 61, 0, ms(3.2), ms(8.1), ms(12)),
                new LoadSummary.RouteSummary("GET /api/products/{id}", 1100, 2, ms(4.25), ms(9), ms(20.5)),
                new LoadSummary.RouteSummary("POST /api/checkout", 40, 12, ms(180), ms(950.4), ms(1400))),
            new LoadSummary.RouteSummary("all", 1201, 14, ms(4.5), ms(60), ms(1200)),
            List.of(
                new LoadSummary.ErrorCount("GET /api/products/{id}", "timeout", 2),
                new LoadSummary.ErrorCount("POST /api/checkout", "500", 12)));
    StringWriter out = new StringWriter();

    SummaryWriter.write(summary, new PrintWriter(out));

    assertThat(out.toString())
        .isEqualTo(
            """
            Summary: 1201 requests in 5m00s (4.0 req/s), 14 errors (1.17%), 1180 tasks, 3 arrivals dropped (all slots busy)
            route                     requests  errors    p50 ms    p95 ms    p99 ms
            GET /                           61       0       3.2       8.1      12.0
            GET /api/products/{id}        1100       2       4.3       9.0      20.5
            POST /api/checkout              40      12     180.0     950.4    1400.0
            all                           1201      14       4.5      60.0    1200.0
            Errors by route and status:
              GET /api/products/{id}   timeout        2
              POST /api/checkout       500           12
            """);
  }

  @Test
  void aStoppedRunWithoutErrorsSaysSoAndListsNoErrors() {
    LoadSummary.RouteSummary none = new LoadSummary.RouteSummary("all", 0, 0, ms(0), ms(0), ms(0));
    StringWriter out = new StringWriter();

    SummaryWriter.write(
        new LoadSummary(Duration.ofMillis(1500), 0, 0, true, List.of(), none, List.of()),
        new PrintWriter(out));

    assertThat(out.toString())
        .startsWith("Summary: 0 requests in 1s (0.0 req/s), 0 errors (0.00%), 0 tasks, stopped on request\n")
        .doesNotContain("Errors by route");
  }

  @Test
  void intervalLinesGiveRateErrorsAndLatencyOfTheIntervalAlone() {
    LatencyHistogram histogram = new LatencyHistogram();
    for (int i = 1; i <= 100; i++) {
      histogram.recordMicros(i * 1_000L);
    }

    assertThat(
            Reporter.redLine(
                Duration.ofSeconds(70).toNanos(),
                Duration.ofSeconds(10).toNanos(),
                413,
                10,
                histogram.snapshot()))
        // 99 ms lands in a 0.512 ms wide bucket whose midpoint is 99.07 ms
        .isEqualTo("[1m10s] 41.3 req/s, errors 2.42%, p50 50.0 ms, p95 95.0 ms, p99 99.1 ms");
  }

  @Test
  void theProgressBarShowsElapsedOverTotalAndTheCurrentRate() {
    assertThat(Reporter.progressLine(Duration.ofSeconds(60).toNanos(), Duration.ofMinutes(5).toNanos(), 41.25))
        .isEqualTo("[######........................] 1m00s / 5m00s  41.3 req/s");
  }
}
