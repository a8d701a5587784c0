package dev.observatory.shop.app;

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

/** A real Prometheus (Debian's package) on 127.0.0.1, scraping one target every second; stopped on close. */
public final class PrometheusProcess implements AutoCloseable {
  public static final Path BINARY = Path.of("/usr/bin/prometheus");
  private final Process process;
  private final URI base;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  public PrometheusProcess(Path dir, String target) throws Exception {
    this(dir, target, java.util.List.of());
  }

  /** Also loads the given rule files (evaluated every second). */
  public PrometheusProcess(Path dir, String target, java.util.List<Path> ruleFiles) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Path config = dir.resolve("prometheus.yml");
    Files.writeString(config, """
        global:
          scrape_interval: 1s
          evaluation_interval: 1s
        rule_files: %s
        scrape_configs:
          - job_name: shop
            static_configs:
              - targets: ['%s']
        """.formatted(ruleFiles.stream().map(p -> "'" + p.toAbsolutePath() + "'").collect(java.util.stream.Collectors.joining(", ", "[", "]")), target));
    process = new ProcessBuilder(BINARY.toString(), "--config.file=" + config, "--storage.tsdb.path=" + dir.resolve("data"),
        "--web.listen-address=127.0.0.1:" + port, "--log.level=warn")
        .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
    base = URI.create("http://127.0.0.1:" + port);
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      try {
        if (http.send(HttpRequest.newBuilder(base.resolve("/-/ready")).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) break;
      } catch (IOException e) {
        // not listening yet
      }
      if (!process.isAlive()) throw new IllegalStateException("prometheus exited: " + Files.readString(dir.resolve("prometheus.log")));
      if (System.nanoTime() > deadline) throw new IllegalStateException("prometheus not ready in 30 s");
      Thread.sleep(100);
    }
  }

  /** An instant query's result vector. */
  public JsonNode query(String promql) throws Exception {
    URI uri = base.resolve("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
    JsonNode body = json.readTree(http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body());
    if (!"success".equals(body.path("status").asText())) throw new IllegalStateException("query failed: " + body);
    return body.path("data").path("result");
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
  }
}
