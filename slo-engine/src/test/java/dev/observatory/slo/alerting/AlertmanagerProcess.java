package dev.observatory.slo.alerting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.observatory.slo.testing.ServerProcesses;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Debian's Alertmanager on 127.0.0.1 and a free port, with one receiver that leads nowhere; stopped on close. */
public final class AlertmanagerProcess implements AutoCloseable {
  public static final Path BINARY = Path.of(System.getProperty("alertmanager.binary", "/usr/bin/prometheus-alertmanager"));
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final Process process;
  private final URI base;

  public AlertmanagerProcess(Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve("alertmanager.yml"),
        "route:\n  receiver: nowhere\nreceivers:\n  - name: nowhere\n    webhook_configs:\n      - url: 'http://127.0.0.1:9/nowhere'\n");
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    base = URI.create("http://127.0.0.1:" + port);
    process = new ProcessBuilder(BINARY.toString(), "--config.file=" + config, "--storage.path=" + Files.createDirectories(dir.resolve("data")),
        "--web.listen-address=127.0.0.1:" + port, "--cluster.listen-address=", "--log.level=warn")
        .redirectErrorStream(true).redirectOutput(dir.resolve("alertmanager.log").toFile()).start();
    Instant deadline = Instant.now().plusSeconds(30);
    while (!ready()) {
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        close();
        throw new IllegalStateException("Alertmanager did not start: " + Files.readString(dir.resolve("alertmanager.log")));
      }
      Thread.sleep(100);
    }
  }

  public URI base() {
    return base;
  }

  /** The active alerts matching every {@code label="value"} matcher (GET /api/v2/alerts). */
  public List<JsonNode> alerts(String... matchers) throws IOException, InterruptedException {
    StringBuilder query = new StringBuilder();
    for (String m : matchers) query.append(query.length() == 0 ? "?" : "&").append("filter=").append(URLEncoder.encode(m, StandardCharsets.UTF_8));
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v2/alerts" + query)).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofString());
    List<JsonNode> out = new ArrayList<>();
    new ObjectMapper().readTree(r.body()).forEach(out::add);
    return out;
  }

  private boolean ready() {
    return ServerProcesses.ready(HTTP, base);
  }

  @Override
  public void close() throws InterruptedException {
    ServerProcesses.stop(process);
  }
}
