package dev.observatory.dashboards.backtest;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Prometheus (Debian's package) serving a history backfilled with {@code promtool tsdb
 * create-blocks-from openmetrics}: on 127.0.0.1, a free port, nothing scraped, retention long
 * enough to keep any history; stopped on close. Required when CI=true, otherwise a missing binary
 * skips the test.
 */
final class BackfilledPrometheus implements AutoCloseable {
  static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");
  static final Path PROMTOOL = Path.of("/usr/bin/promtool");
  /** Prometheus refuses range queries of more points than this per series. */
  private static final int MAX_POINTS = 11_000;

  private final Process process;
  private final URI base;
  private final Path log;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  private BackfilledPrometheus(Process process, URI base, Path log) {
    this.process = process;
    this.base = base;
    this.log = log;
  }

  static void requireInstalled() {
    boolean installed = Files.isExecutable(PROMETHEUS) && Files.isExecutable(PROMTOOL);
    if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) fail("CI=true requires prometheus and promtool (.ci/run installs them)");
    Assumptions.assumeTrue(installed, "prometheus and promtool are not installed");
  }

  /** Backfills {@code history} into {@code dir/data} and starts Prometheus on it. */
  static BackfilledPrometheus start(Path history, Path dir) throws IOException, InterruptedException {
    return start(history, dir, "24h", java.util.Map.of());
  }

  /**
   * As {@link #start(Path, Path)}, with blocks of at most {@code maxBlockDuration} (promtool reads
   * the whole file once per block: long histories want long blocks) and extra environment for
   * Prometheus (e.g. {@code GOMAXPROCS}).
   */
  static BackfilledPrometheus start(Path history, Path dir, String maxBlockDuration, java.util.Map<String, String> environment)
      throws IOException, InterruptedException {
    requireInstalled();
    Path data = Files.createDirectories(dir.resolve("data"));
    Path promtoolLog = dir.resolve("promtool.log");
    Process create = new ProcessBuilder(PROMTOOL.toString(), "tsdb", "create-blocks-from", "openmetrics",
            "--max-block-duration=" + maxBlockDuration, history.toString(), data.toString())
        .redirectErrorStream(true).redirectOutput(promtoolLog.toFile()).start();
    if (!create.waitFor(10, TimeUnit.MINUTES) || create.exitValue() != 0) {
      create.destroyForcibly();
      fail("promtool could not backfill " + history + ": " + Files.readString(promtoolLog));
    }
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Path config = Files.writeString(dir.resolve("prometheus.yml"), "global:\n  scrape_interval: 1m\n");
    Path log = dir.resolve("prometheus.log");
    ProcessBuilder builder = new ProcessBuilder(PROMETHEUS.toString(), "--config.file=" + config, "--storage.tsdb.path=" + data,
            "--storage.tsdb.retention.time=100y", "--web.listen-address=127.0.0.1:" + port, "--log.level=warn",
            "--query.timeout=30m", "--query.max-samples=500000000")
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    BackfilledPrometheus prometheus = new BackfilledPrometheus(process, URI.create("http://127.0.0.1:" + port), log);
    prometheus.awaitReady();
    return prometheus;
  }

  private void awaitReady() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      try {
        if (http.send(HttpRequest.newBuilder(base.resolve("/-/ready")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
      } catch (IOException e) {
        // not listening yet
      }
      if (!process.isAlive()) fail("prometheus exited: " + Files.readString(log));
      if (System.nanoTime() > deadline) fail("prometheus not ready in 60 s: " + Files.readString(log));
      TimeUnit.MILLISECONDS.sleep(100);
    }
  }

  /**
   * The single series an expression returns at every minute {@code [fromMinute, toMinute]}
   * (epoch minutes, evaluated at minute × 60 s), NaN where it returns nothing. Queries are split to
   * stay under Prometheus' points limit.
   */
  double[] rangeQuery(String promql, long fromMinute, long toMinute) throws IOException, InterruptedException {
    double[] values = new double[Math.toIntExact(toMinute - fromMinute + 1)];
    Arrays.fill(values, Double.NaN);
    for (long chunk = fromMinute; chunk <= toMinute; chunk += MAX_POINTS - 1) {
      long end = Math.min(toMinute, chunk + MAX_POINTS - 2);
      String uri = "/api/v1/query_range?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)
          + "&start=" + chunk * 60 + "&end=" + end * 60 + "&step=60";
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(uri)).timeout(Duration.ofMinutes(30)).build(),
          HttpResponse.BodyHandlers.ofString());
      JsonNode body = json.readTree(response.body());
      if (!"success".equals(body.path("status").asText())) throw new IllegalStateException("query failed (" + response.statusCode() + "): " + body + " for " + promql);
      JsonNode result = body.path("data").path("result");
      if (result.size() > 1) throw new IllegalStateException(promql + " returned " + result.size() + " series, expected at most one");
      if (result.isEmpty()) continue;
      for (JsonNode point : result.get(0).path("values")) {
        long minute = point.get(0).asLong() / 60;
        values[(int) (minute - fromMinute)] = Double.parseDouble(point.get(1).asText());
      }
    }
    return values;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
  }
}
