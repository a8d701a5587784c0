package dev.observatory.slo.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A scrape target on 127.0.0.1 whose spanmetrics call counters the test sets, plus a webhook
 * receiver that keeps every body it gets. Stopped by close.
 */
final class FakeTarget implements AutoCloseable {
  private final HttpServer server;
  /** Cumulative calls and errors per "service|span name". */
  final Map<String, long[]> counters = new ConcurrentHashMap<>();
  final List<String> webhooks = new CopyOnWriteArrayList<>();
  /** What /metrics answers. */
  enum Mode { OK, HTML, ERROR, GARBAGE }

  volatile Mode mode = Mode.OK;
  /** Cumulative errors of outgoing calls per "service|span name". */
  final Map<String, long[]> clientErrors = new ConcurrentHashMap<>();

  FakeTarget() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/metrics", ex -> {
      switch (mode) {
        case HTML -> {
          byte[] html = "<html><body>Bad gateway</body></html>".getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().add("Content-Type", "text/html");
          ex.sendResponseHeaders(200, html.length);
          ex.getResponseBody().write(html);
          ex.close();
          return;
        }
        case ERROR -> {
          ex.sendResponseHeaders(500, -1);
          ex.close();
          return;
        }
        case GARBAGE -> {
          byte[] junk = "traces_span_metrics_calls_total{service_name=\"checkout\" 12\n".getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().add("Content-Type", "text/plain; version=0.0.4");
          ex.sendResponseHeaders(200, junk.length);
          ex.getResponseBody().write(junk);
          ex.close();
          return;
        }
        default -> {
          // a good page, below
        }
      }
      StringBuilder page = new StringBuilder("# TYPE traces_span_metrics_calls_total counter\n");
      counters.forEach((key, c) -> {
        String[] k = key.split("\\|");
        String labels = "service_name=\"" + k[0] + "\",span_name=\"" + k[1] + "\",span_kind=\"SPAN_KIND_SERVER\"";
        page.append("traces_span_metrics_calls_total{").append(labels).append(",status_code=\"STATUS_CODE_UNSET\"} ").append(c[0] - c[1]).append('\n');
        page.append("traces_span_metrics_calls_total{").append(labels).append(",status_code=\"STATUS_CODE_ERROR\"} ").append(c[1]).append('\n');
      });
      clientErrors.forEach((key, c) -> {
        String[] k = key.split("\\|");
        page.append("traces_span_metrics_calls_total{service_name=\"").append(k[0]).append("\",span_name=\"").append(k[1])
            .append("\",span_kind=\"SPAN_KIND_CLIENT\",status_code=\"STATUS_CODE_ERROR\"} ").append(c[0]).append('\n');
      });
      byte[] body = page.toString().getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "text/plain; version=0.0.4");
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.createContext("/hook", ex -> {
      webhooks.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      ex.sendResponseHeaders(204, -1);
      ex.close();
    });
    server.start();
  }

  /** Adds calls (and errors among them) to a span. */
  void add(String service, String span, long calls, long errors) {
    long[] c = counters.computeIfAbsent(service + "|" + span, k -> new long[2]);
    synchronized (c) {
      c[0] += calls;
      c[1] += errors;
    }
  }

  /** Adds errors to an outgoing call of a service (a CLIENT span). */
  void addClientErrors(String service, String span, long errors) {
    long[] c = clientErrors.computeIfAbsent(service + "|" + span, k -> new long[1]);
    synchronized (c) {
      c[0] += errors;
    }
  }

  URI metrics() {
    return URI.create(base() + "/metrics");
  }

  URI hook() {
    return URI.create(base() + "/hook");
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
