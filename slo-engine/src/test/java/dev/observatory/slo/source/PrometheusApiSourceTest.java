package dev.observatory.slo.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.spec.LoadedSlo;
import dev.observatory.slo.spec.SpecLoader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A history backfilled into a real Prometheus (promtool tsdb create-blocks-from openmetrics) and
 * read back through its HTTP API gives exactly the minutes that importing the same file gives.
 */
class PrometheusApiSourceTest {
  static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");
  static final Path PROMTOOL = Path.of("/usr/bin/promtool");
  static final String SPEC = """
      apiVersion: observatory/v1
      service: checkout
      slos:
        - name: place-order-availability
          objective: 99.9
          sli: {availability: {spanName: oteldemo.CheckoutService/PlaceOrder}}
      """;
  static final String LABELS = "job=\"shop\",instance=\"shop:9464\",service_name=\"checkout\",span_name=\"oteldemo.CheckoutService/PlaceOrder\",span_kind=\"SPAN_KIND_SERVER\"";
  @TempDir Path dir;

  @Test
  void minutesReadThroughThePrometheusApiEqualTheImportedHistory() throws Exception {
    boolean installed = Files.isExecutable(PROMETHEUS) && Files.isExecutable(PROMTOOL);
    if (!"true".equals(System.getenv("CI"))) Assumptions.assumeTrue(installed, "prometheus is not installed");
    assertThat(installed).as("CI must install prometheus (.ci/run)").isTrue();
    List<Slo> slos = SpecLoader.load("checkout.yaml", SPEC).slos().stream().map(LoadedSlo::slo).toList();

    // 30 minutes of 15-second scrapes ending an hour ago, with a counter reset and an error burst.
    long start = Instant.now().minus(Duration.ofMinutes(90)).getEpochSecond() / 60 * 60;
    StringBuilder ok = new StringBuilder();
    StringBuilder errors = new StringBuilder();
    long good = 0;
    long bad = 0;
    for (int i = 0; i < 30 * 4; i++) {
      if (i == 50) {
        good = 0; // the shop restarted: its counters start again
        bad = 0;
      }
      good += 7;
      bad += i >= 70 && i < 80 ? 3 : 0;
      long t = start + i * 15L;
      ok.append("traces_span_metrics_calls_total{").append(LABELS).append(",status_code=\"STATUS_CODE_UNSET\"} ").append(good).append(' ').append(t).append('\n');
      errors.append("traces_span_metrics_calls_total{").append(LABELS).append(",status_code=\"STATUS_CODE_ERROR\"} ").append(bad).append(' ').append(t).append('\n');
    }
    Path history = Files.writeString(dir.resolve("history.om"), "# TYPE traces_span_metrics_calls counter\n" + ok + errors + "# EOF\n");
    Path data = Files.createDirectories(dir.resolve("data"));
    Process create = new ProcessBuilder(PROMTOOL.toString(), "tsdb", "create-blocks-from", "openmetrics", history.toString(), data.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("promtool.log").toFile()).start();
    assertThat(create.waitFor(60, TimeUnit.SECONDS) && create.exitValue() == 0).as(Files.readString(dir.resolve("promtool.log"))).isTrue();

    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Path config = Files.writeString(dir.resolve("prometheus.yml"), "global:\n  scrape_interval: 15s\n");
    Process prometheus = new ProcessBuilder(PROMETHEUS.toString(), "--config.file=" + config, "--storage.tsdb.path=" + data,
        "--web.listen-address=127.0.0.1:" + port, "--log.level=warn").redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
    try {
      URI base = URI.create("http://127.0.0.1:" + port);
      HttpClient http = HttpClient.newHttpClient();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!ready(http, base)) {
        assertThat(prometheus.isAlive() && System.nanoTime() < deadline).as(Files.readString(dir.resolve("prometheus.log"))).isTrue();
        Thread.sleep(100);
      }
      long from = start / 60 + 1;
      long to = start / 60 + 30;
      var viaApi = new PrometheusApiSource(base, http, Duration.ofSeconds(10)).minutes(slos, from, to);
      var imported = HistoryFile.read(history, slos).minutes();
      SloId id = new SloId("checkout", "place-order-availability");
      List<MinuteTally> api = viaApi.get(id).stream().filter(MinuteTally::hasData).toList();
      List<MinuteTally> file = imported.get(id).stream().filter(t -> t.epochMinute() >= from && t.epochMinute() < to).toList();
      assertThat(api).isNotEmpty().isEqualTo(file);
      assertThat(api.stream().mapToDouble(t -> t.total() - t.good()).sum()).as("the error burst").isEqualTo(30);
    } finally {
      prometheus.destroy();
      prometheus.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static boolean ready(HttpClient http, URI base) {
    try {
      return http.send(HttpRequest.newBuilder(base.resolve("/-/ready")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
