package dev.observatory.slo.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.observatory.slo.model.Slo;
import dev.observatory.slo.source.HistoryFile;
import dev.observatory.slo.spec.LoadedSlo;
import dev.observatory.slo.spec.SpecLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticHistoryFileTest {
  static final Path PROMTOOL = Path.of("/usr/bin/promtool");

  /** Two days of two spans with every kind of incident, noisy. */
  static final String SCENARIO = """
      apiVersion: observatory/v1
      kind: Scenario
      traffic:
        - service: checkout
          span: oteldemo.CheckoutService/PlaceOrder
          requestsPerMinute: 30
          dailyCycle: {amplitude: 0.5, peakHour: 19}
          errorRatio: 0.001
          latency: {median: 80ms, p99: 900ms}
        - service: cart
          span: oteldemo.CartService/AddItem
          requestsPerMinute: 50
      incidents:
        - {kind: outage, service: checkout, at: 2h, duration: 20m}
        - {kind: errors, service: checkout, errorRatio: 0.05, at: 6h, duration: 6h}
        - {kind: latency, service: checkout, latencyFactor: 4, at: 13h, duration: 2h}
        - {kind: slowBurn, service: cart, errorRatio: 0.004, at: 1d, duration: 20h}
        - {kind: counterReset, service: checkout, at: 1d2h, duration: 5m}
        - {kind: gap, service: checkout, at: 1d4h, duration: 15m}
      """;

  @TempDir Path dir;

  static Scenario scenario() {
    return ScenarioLoader.parse("s.yaml", SCENARIO, 2);
  }

  static List<Slo> slos() {
    return SpecLoader.load("checkout.yaml", SyntheticHistoryTest.SLOS).slos().stream().map(LoadedSlo::slo).toList();
  }

  @Test
  void theSameSeedWritesTheSameBytesAndAnotherSeedOtherBytes() throws Exception {
    Path a = dir.resolve("a.om");
    Path b = dir.resolve("b.om");
    Path c = dir.resolve("c.om");
    OpenMetricsWriter.write(new SyntheticHistory(scenario(), 2, 42), a, SyntheticHistory.Progress.NONE);
    OpenMetricsWriter.write(new SyntheticHistory(scenario(), 2, 42), b, SyntheticHistory.Progress.NONE);
    OpenMetricsWriter.write(new SyntheticHistory(scenario(), 2, 43), c, SyntheticHistory.Progress.NONE);
    assertThat(Files.mismatch(a, b)).isEqualTo(-1);
    assertThat(Files.mismatch(a, c)).isNotEqualTo(-1);
    assertThat(Files.size(a)).isEqualTo(Files.size(b));
  }

  @Test
  void theFileStartsEveryCounterAtZeroUsesSecondsAndEndsWithEof() throws Exception {
    Path file = dir.resolve("h.om");
    OpenMetricsWriter.Summary summary = OpenMetricsWriter.write(new SyntheticHistory(scenario(), 2, 1), file, SyntheticHistory.Progress.NONE);
    List<String> lines = Files.readAllLines(file);
    long start = Scenario.DEFAULT_START.getEpochSecond();
    assertThat(lines.subList(0, 3)).containsExactly(
        "# TYPE traces_span_metrics_calls counter",
        "# HELP traces_span_metrics_calls Calls per span and status code (spanmetrics connector), synthetic.",
        "traces_span_metrics_calls_total{instance=\"synthetic\",job=\"shop\",service_name=\"checkout\",span_kind=\"SPAN_KIND_SERVER\",span_name=\"oteldemo.CheckoutService/PlaceOrder\",status_code=\"STATUS_CODE_UNSET\"} 0 " + start);
    assertThat(lines).contains(
        "traces_span_metrics_calls_total{instance=\"synthetic\",job=\"shop\",service_name=\"checkout\",span_kind=\"SPAN_KIND_SERVER\",span_name=\"oteldemo.CheckoutService/PlaceOrder\",status_code=\"STATUS_CODE_ERROR\"} 0 " + start,
        "traces_span_metrics_duration_milliseconds_bucket{instance=\"synthetic\",job=\"shop\",le=\"+Inf\",service_name=\"checkout\",span_kind=\"SPAN_KIND_SERVER\",span_name=\"oteldemo.CheckoutService/PlaceOrder\",status_code=\"STATUS_CODE_ERROR\"} 0 " + start);
    assertThat(lines.get(lines.size() - 1)).isEqualTo("# EOF");
    // 2 spans × 2 calls series + 2 statuses × 19 histogram series; 2881 samples each but 15 in the gap.
    assertThat(summary.series()).isEqualTo(42);
    assertThat(summary.samples()).isEqualTo(4 * 2881 + 38 * 2881 - 2 * 15 - 38 * 15);
    assertThat(summary.bytes()).isEqualTo(Files.size(file));
    assertThat(lines).hasSize((int) summary.samples() + 5);
    assertThat(dir.toFile().list()).containsExactly("h.om");
  }

  @Test
  void readingTheWrittenFileGivesTheSameMinutesAsTheDirectPath() throws Exception {
    Path file = dir.resolve("h.om");
    OpenMetricsWriter.write(new SyntheticHistory(scenario(), 2, 5), file, SyntheticHistory.Progress.NONE);
    HistoryFile.Minutes read = HistoryFile.read(file, slos());
    HistoryFile.Minutes direct = SyntheticHistory.minutes(scenario(), 2, 5, slos(), file.toString());
    assertThat(direct.minutes()).isEqualTo(read.minutes());
    // The second span's calls are read by no SLO: both paths warn, at the same line.
    assertThat(direct.warnings()).isEqualTo(read.warnings()).singleElement().asString()
        .endsWith(": 2 series of traces_span_metrics_calls are not selected by any SLO (the first at this line)");
    // Without a latency SLO the histogram family is unread: both paths warn at the same line.
    List<Slo> availability = slos().subList(0, 1);
    List<String> warnings = SyntheticHistory.minutes(scenario(), 2, 5, availability, file.toString()).warnings();
    int line = 2 + 4 * 2881 - 2 * 15 + 1;
    assertThat(warnings).isEqualTo(HistoryFile.read(file, availability).warnings())
        .containsExactly(file + ": line 5735: 2 series of traces_span_metrics_calls are not selected by any SLO (the first at this line)",
            file + ": line " + line + ": metric family traces_span_metrics_duration_milliseconds is not selected by any SLO");
  }

  @Test
  void promtoolBackfillsTheWrittenFile() throws Exception {
    boolean installed = Files.isExecutable(PROMTOOL);
    if (!"true".equals(System.getenv("CI"))) Assumptions.assumeTrue(installed, "promtool is not installed");
    Path file = dir.resolve("h.om");
    OpenMetricsWriter.write(new SyntheticHistory(scenario(), 2, 9), file, SyntheticHistory.Progress.NONE);
    Path data = Files.createDirectories(dir.resolve("data"));
    Path log = dir.resolve("promtool.log");
    Process create = new ProcessBuilder(PROMTOOL.toString(), "tsdb", "create-blocks-from", "openmetrics", "--max-block-duration=24h", file.toString(), data.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(create.waitFor(120, TimeUnit.SECONDS) && create.exitValue() == 0).as(Files.readString(log)).isTrue();
    try (var blocks = Files.list(data)) {
      assertThat(blocks.filter(Files::isDirectory).count()).as(Files.readString(log)).isGreaterThanOrEqualTo(2);
    }
  }
}
