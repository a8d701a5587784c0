package dev.observatory.slo.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scrape, store, evaluate, alert, notify: the engine against a target whose spanmetrics counters
 * the test moves on minute by minute (on a test clock), with a webhook receiver on 127.0.0.1.
 */
class EngineServerTest {
  static final String SPEC = """
      apiVersion: observatory/v1
      service: checkout
      slos:
        - name: place-order-availability
          objective: 99.9
          sli:
            availability:
              spanName: oteldemo.CheckoutService/PlaceOrder
      """;
  @TempDir Path dir;
  final AtomicLong calls = new AtomicLong();
  final AtomicLong errors = new AtomicLong();
  final List<String> webhooks = new CopyOnWriteArrayList<>();
  HttpServer target;
  EngineServer engine;

  static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-11-25T10:00:05Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @AfterEach
  void stop() throws Exception {
    if (engine != null) engine.close();
    if (target != null) target.stop(0);
  }

  @Test
  void aFullOutagePagesTheWebhookAndTheApiStatusPageMetricsAndReportShowIt() throws Exception {
    target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    target.createContext("/metrics", ex -> {
      String page = "# TYPE traces_span_metrics_calls_total counter\n"
          + "traces_span_metrics_calls_total{service_name=\"checkout\",span_name=\"oteldemo.CheckoutService/PlaceOrder\",span_kind=\"SPAN_KIND_SERVER\",status_code=\"STATUS_CODE_UNSET\"} " + (calls.get() - errors.get()) + "\n"
          + "traces_span_metrics_calls_total{service_name=\"checkout\",span_name=\"oteldemo.CheckoutService/PlaceOrder\",span_kind=\"SPAN_KIND_SERVER\",status_code=\"STATUS_CODE_ERROR\"} " + errors.get() + "\n";
      byte[] body = page.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "text/plain; version=0.0.4");
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    target.createContext("/hook", ex -> {
      webhooks.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      ex.sendResponseHeaders(204, -1);
      ex.close();
    });
    target.start();
    String base = "http://127.0.0.1:" + target.getAddress().getPort();
    Path spec = Files.writeString(dir.resolve("checkout.yaml"), SPEC);
    MutableClock clock = new MutableClock();
    EngineOptions options = new EngineOptions(List.of(spec), "127.0.0.1", 0, 0, List.of(URI.create(base + "/metrics")), Duration.ofMinutes(1),
        dir.resolve("pg"), null, URI.create(base + "/hook"), null, null, Duration.ofMinutes(5));
    engine = EngineServer.start(options, true, clock);

    // Ten healthy minutes, then every PlaceOrder fails.
    for (int minute = 0; minute < 14; minute++) {
      calls.addAndGet(100);
      if (minute >= 10) errors.addAndGet(100);
      engine.cycleNow();
      clock.now = clock.now.plus(Duration.ofMinutes(1));
    }
    engine.cycleNow();

    HttpClient http = HttpClient.newHttpClient();
    ObjectMapper json = new ObjectMapper();
    JsonNode slo = json.readTree(get(http, engine.baseUrl() + "/api/v1/slos/checkout/place-order-availability"));
    assertThat(slo.get("alerts").get("page").asText()).isEqualTo("firing");
    assertThat(slo.get("budgetRemaining").asDouble()).isLessThan(1);
    assertThat(slo.get("windows")).isNotEmpty();
    assertThat(webhooks).anySatisfy(w -> assertThat(w).contains("\"kind\":\"firing\"").contains("place-order-availability").contains("\"severity\":\"page\""));
    assertThat(get(http, engine.baseUrl() + "/api/v1/slos")).contains("place-order-availability");
    assertThat(get(http, engine.baseUrl() + "/api/v1/alerts")).contains("\"state\":\"firing\"");
    assertThat(get(http, engine.baseUrl() + "/")).contains("data-slo=\"checkout/place-order-availability\"");
    assertThat(get(http, engine.baseUrl() + "/metrics")).contains("slo:sli_error:ratio_rate5m{service=\"checkout\",slo=\"place-order-availability\"}")
        .doesNotContain("NaN");
    assertThat(get(http, engine.baseUrl() + "/api/v1/reports/2026-11?format=md")).contains("place-order-availability");
    assertThat(http.send(HttpRequest.newBuilder(URI.create(engine.baseUrl() + "/api/v1/slos/checkout/nope")).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    assertThat(http.send(HttpRequest.newBuilder(URI.create(engine.baseUrl() + "/api/v1/reports/last-month")).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);

    // Stored minutes survive an engine restart.
    engine.close();
    engine = EngineServer.start(options, true, clock);
    JsonNode again = json.readTree(get(http, engine.baseUrl() + "/api/v1/slos/checkout/place-order-availability"));
    assertThat(again.get("budgetRemaining").asDouble()).isEqualTo(slo.get("budgetRemaining").asDouble());
    assertThat(again.get("alerts").get("page").asText()).isEqualTo("firing");
  }

  private static String get(HttpClient http, String url) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
    return r.body();
  }
}
