package dev.observatory.slo.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target that answers an HTML page, a 500 or garbage: each is a failed scrape, counted on the
 * engine's /metrics and reported by its health check; those minutes have no data (never good) and
 * the loop carries on, counting the target's events again once it answers properly.
 */
class EngineBadTargetTest {
  static final String SPEC = """
      apiVersion: observatory/v1
      service: checkout
      slos:
        - name: place-order-availability
          objective: 99.9
          sli: {availability: {spanName: oteldemo.CheckoutService/PlaceOrder}}
      """;
  @TempDir Path dir;

  @Test
  void badPagesAreCountedAsFailedScrapesGiveNoDataAndTheLoopCarriesOn() throws Exception {
    Path spec = Files.writeString(dir.resolve("checkout.yaml"), SPEC);
    MutableClock clock = new MutableClock();
    HttpClient http = HttpClient.newHttpClient();
    try (FakeTarget target = new FakeTarget();
        EngineServer engine = EngineServer.start(new EngineOptions(List.of(spec), "127.0.0.1", 0, 0, List.of(target.metrics()), Duration.ofMinutes(1),
            dir.resolve("pg"), null, null, null, null, Duration.ofMinutes(5), List.of()), true, clock)) {
      List<FakeTarget.Mode> modes = List.of(FakeTarget.Mode.OK, FakeTarget.Mode.OK, FakeTarget.Mode.HTML, FakeTarget.Mode.ERROR, FakeTarget.Mode.GARBAGE,
          FakeTarget.Mode.OK, FakeTarget.Mode.OK);
      for (FakeTarget.Mode mode : modes) {
        target.mode = mode;
        target.add("checkout", "oteldemo.CheckoutService/PlaceOrder", 100, 0);
        engine.cycleNow();
        if (mode == FakeTarget.Mode.HTML) {
          var scrape = health(http, engine).get("scrape");
          assertThat(scrape.get("healthy").asBoolean()).isFalse();
          assertThat(scrape.get("message").asText()).contains("HTML page");
        }
        clock.now = clock.now.plus(Duration.ofMinutes(1));
      }
      target.mode = FakeTarget.Mode.OK;
      engine.cycleNow();

      String metrics = get(http, engine.baseUrl() + "/metrics");
      assertThat(metrics).contains("observatory_engine_scrape_failures_total 3");
      var slo = new ObjectMapper().readTree(get(http, engine.baseUrl() + "/api/v1/slos/checkout/place-order-availability"));
      var thirtyMinutes = slo.get("windows").findValues("window").stream().map(w -> w.asText()).toList().indexOf("30m");
      var window = slo.get("windows").get(thirtyMinutes);
      // Every event is counted (the increase across the failed scrapes lands after them), none is bad.
      assertThat(window.get("total").asDouble()).isEqualTo(700);
      assertThat(window.get("good").asDouble()).isEqualTo(700);
      assertThat(health(http, engine).get("scrape").get("healthy").asBoolean()).as("healthy again").isTrue();
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode health(HttpClient http, EngineServer engine) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + engine.adminPort() + "/healthcheck")).build(),
        HttpResponse.BodyHandlers.ofString());
    return new ObjectMapper().readTree(r.body());
  }

  private static String get(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
  }
}
