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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
  FakeTarget target;
  EngineServer engine;

  @AfterEach
  void stop() throws Exception {
    if (engine != null) engine.close();
    if (target != null) target.close();
  }

  @Test
  void aFullOutagePagesTheWebhookAndTheApiStatusPageMetricsAndReportShowIt() throws Exception {
    target = new FakeTarget();
    Path spec = Files.writeString(dir.resolve("checkout.yaml"), SPEC);
    MutableClock clock = new MutableClock();
    EngineOptions options = new EngineOptions(List.of(spec), "127.0.0.1", 0, 0, List.of(target.metrics()), Duration.ofMinutes(1),
        dir.resolve("pg"), null, target.hook(), null, null, Duration.ofMinutes(5), List.of());
    engine = EngineServer.start(options, true, clock);

    // Ten healthy minutes, then every PlaceOrder fails.
    for (int minute = 0; minute < 14; minute++) {
      target.add("checkout", "oteldemo.CheckoutService/PlaceOrder", 100, minute >= 10 ? 100 : 0);
      target.addClientErrors("checkout", "oteldemo.PaymentService/Charge", minute >= 10 ? 100 : 0);
      target.addClientErrors("checkout", "oteldemo.ShippingService/GetQuote", minute == 3 ? 1 : 0); // outside the bad minutes
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
    // Error attribution: the failing downstream call in the SLO's bad minutes, and only that one.
    assertThat(slo.get("attribution")).hasSize(1);
    assertThat(slo.get("attribution").get(0).get("spanName").asText()).isEqualTo("oteldemo.PaymentService/Charge");
    assertThat(slo.get("attribution").get(0).get("shareOfBadMinutes").asDouble()).isEqualTo(1.0);
    assertThat(target.webhooks).anySatisfy(w -> assertThat(w).contains("\"kind\":\"firing\"").contains("place-order-availability").contains("\"severity\":\"page\""));
    assertThat(get(http, engine.baseUrl() + "/api/v1/slos")).contains("place-order-availability");
    assertThat(get(http, engine.baseUrl() + "/api/v1/alerts")).contains("\"state\":\"firing\"");
    assertThat(get(http, engine.baseUrl() + "/")).contains("data-slo=\"checkout/place-order-availability\"")
        .contains("<span class=\"cause\" data-span=\"oteldemo.PaymentService/Charge\">");
    assertThat(get(http, engine.baseUrl() + "/metrics")).contains("slo:sli_error:ratio_rate5m{service=\"checkout\",slo=\"place-order-availability\"}")
        .doesNotContain("NaN");
    assertThat(get(http, engine.baseUrl() + "/api/v1/reports/2026-11?format=md")).contains("place-order-availability").contains("oteldemo.PaymentService/Charge");
    assertThat(http.send(HttpRequest.newBuilder(URI.create(engine.baseUrl() + "/api/v1/slos/checkout/nope")).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    assertThat(http.send(HttpRequest.newBuilder(URI.create(engine.baseUrl() + "/api/v1/reports/last-month")).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);

    var jdbi = engine.database().jdbi();
    assertThat(jdbi.onDemand(dev.observatory.slo.store.DefinitionDao.class).versions(dev.observatory.slo.store.SloKey.of("checkout", "place-order-availability")))
        .as("the definition is kept, once").hasSize(1);
    assertThat(jdbi.onDemand(dev.observatory.slo.store.ReportDao.class).ofPeriod("2026-11")).as("the report handed out is kept").isNotEmpty();

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
