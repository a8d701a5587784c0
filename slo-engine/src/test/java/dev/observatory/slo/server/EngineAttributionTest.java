package dev.observatory.slo.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Error attribution is kept in PostgreSQL: an engine restart keeps it, and a report for an older period shows it. */
class EngineAttributionTest {
  @TempDir Path dir;

  @Test
  void attributionSurvivesARestartAndLastMonthsReportShowsIt() throws Exception {
    Path spec = Files.writeString(dir.resolve("checkout.yaml"), EngineServerTest.SPEC);
    MutableClock clock = new MutableClock();
    HttpClient http = HttpClient.newHttpClient();
    String slo = "/api/v1/slos/checkout/place-order-availability";
    JsonNode before;
    try (FakeTarget target = new FakeTarget()) {
      EngineOptions options = new EngineOptions(List.of(spec), "127.0.0.1", 0, 0, List.of(target.metrics()), Duration.ofMinutes(1),
          dir.resolve("pg"), null, null, null, null, Duration.ofMinutes(5), List.of());
      try (EngineServer engine = EngineServer.start(options, true, clock)) {
        for (int minute = 0; minute < 14; minute++) {
          target.add("checkout", "oteldemo.CheckoutService/PlaceOrder", 100, minute >= 10 ? 100 : 0);
          target.addClientErrors("checkout", "oteldemo.PaymentService/Charge", minute >= 10 ? 100 : 0);
          engine.cycleNow();
          clock.now = clock.now.plus(Duration.ofMinutes(1));
        }
        engine.cycleNow();
        before = attribution(http, engine, slo);
      }

      // A new engine process knows nothing in memory: what it shows comes from PostgreSQL.
      clock.now = clock.now.plus(Duration.ofMinutes(2));
      try (EngineServer engine = EngineServer.start(options, true, clock)) {
        engine.cycleNow();
        JsonNode kept = attribution(http, engine, slo);
        assertThat(kept).as("as before the restart").isEqualTo(before).singleElement().satisfies(a -> {
          assertThat(a.get("spanName").asText()).isEqualTo("oteldemo.PaymentService/Charge");
          assertThat(a.get("errors").asDouble()).isEqualTo(400);
          assertThat(a.get("shareOfBadMinutes").asDouble()).isEqualTo(1.0);
        });

        // Next month: the status page's last day is clean, November's report still names the cause.
        clock.now = Instant.parse("2026-12-03T09:00:05Z");
        engine.cycleNow();
        assertThat(attribution(http, engine, slo)).isEmpty();
        String report = get(http, engine.baseUrl() + "/api/v1/reports/2026-11?format=md");
        assertThat(report).contains("place-order-availability").contains("oteldemo.PaymentService/Charge");
      }
    }
  }

  private static JsonNode attribution(HttpClient http, EngineServer engine, String path) throws Exception {
    return new ObjectMapper().readTree(get(http, engine.baseUrl() + path)).get("attribution");
  }

  private static String get(HttpClient http, String url) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
    return r.body();
  }
}
