package dev.observatory.slo.server;

import dev.observatory.slo.testing.ServerProcesses;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Prometheus on 127.0.0.1 and a free port, its storage backfilled from an OpenMetrics
 * history with {@code promtool tsdb create-blocks-from openmetrics}; it scrapes nothing. Stopped on close.
 */
final class PrometheusProcess implements AutoCloseable {
  static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");
  static final Path PROMTOOL = Path.of("/usr/bin/promtool");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final Process process;
  private final URI base;

  static boolean installed() {
    return Files.isExecutable(PROMETHEUS) && Files.isExecutable(PROMTOOL);
  }

  PrometheusProcess(Path dir, Path history) throws Exception {
    Path data = Files.createDirectories(dir.resolve("prometheus-data"));
    Process create = new ProcessBuilder(PROMTOOL.toString(), "tsdb", "create-blocks-from", "openmetrics", history.toString(), data.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("promtool.log").toFile()).start();
    if (!create.waitFor(60, TimeUnit.SECONDS) || create.exitValue() != 0) {
      throw new IllegalStateException("promtool failed: " + Files.readString(dir.resolve("promtool.log")));
    }
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    base = URI.create("http://127.0.0.1:" + port);
    Path config = Files.writeString(dir.resolve("prometheus.yml"), "global:\n  scrape_interval: 15s\n");
    process = new ProcessBuilder(PROMETHEUS.toString(), "--config.file=" + config, "--storage.tsdb.path=" + data,
        "--web.listen-address=127.0.0.1:" + port, "--log.level=warn")
        .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
    Instant deadline = Instant.now().plusSeconds(30);
    while (!ready()) {
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        close();
        throw new IllegalStateException("Prometheus did not start: " + Files.readString(dir.resolve("prometheus.log")));
      }
      Thread.sleep(100);
    }
  }

  URI base() {
    return base;
  }

  private boolean ready() {
    return ServerProcesses.ready(HTTP, base);
  }

  @Override
  public void close() throws InterruptedException {
    ServerProcesses.stop(process);
  }
}
