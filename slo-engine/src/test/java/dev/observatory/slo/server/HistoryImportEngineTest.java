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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backfilling a history file gives an SLO the same budget as scraping the same samples live. */
class HistoryImportEngineTest {
  static final String SPEC = """
      apiVersion: observatory/v1
      service: checkout
      slos:
        - name: place-order-availability
          objective: 99
          sli: {availability: {spanName: oteldemo.CheckoutService/PlaceOrder}}
      """;
  static final String LABELS = "job=\"shop\",instance=\"shop:9464\",service_name=\"checkout\",span_name=\"oteldemo.CheckoutService/PlaceOrder\",span_kind=\"SPAN_KIND_SERVER\"";
  @TempDir Path dir;

  @Test
  void anImportedHistoryGivesTheSameBudgetAsLiveIngestion() throws Exception {
    Path spec = Files.writeString(dir.resolve("checkout.yaml"), SPEC);
    MutableClock clock = new MutableClock();
    List<String> ok = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    JsonNode live;
    try (FakeTarget target = new FakeTarget()) {
      target.add("checkout", "oteldemo.CheckoutService/PlaceOrder", 0, 0); // both engines start from a zero baseline
      EngineServer engine = EngineServer.start(options(spec, List.of(target.metrics()), List.of(), "live"), true, clock);
      long calls = 0;
      long bad = 0;
      for (int minute = 0; minute < 20; minute++) {
        long seconds = clock.now.getEpochSecond();
        ok.add(LABELS.replace("}", "") + ",status_code=\"STATUS_CODE_UNSET\"} " + (calls - bad) + " " + seconds);
        errors.add(LABELS + ",status_code=\"STATUS_CODE_ERROR\"} " + bad + " " + seconds);
        engine.cycleNow();
        long added = 40 + minute;
        long failed = minute >= 12 && minute < 15 ? 10 : minute % 5 == 0 ? 1 : 0;
        target.add("checkout", "oteldemo.CheckoutService/PlaceOrder", added, failed);
        calls += added;
        bad += failed;
        clock.now = clock.now.plus(Duration.ofMinutes(1));
      }
      engine.cycleNow();
      live = slo(engine);
      engine.close();
    }
    StringBuilder file = new StringBuilder("# TYPE traces_span_metrics_calls counter\n");
    for (String line : ok) file.append("traces_span_metrics_calls_total{").append(line).append('\n');
    for (String line : errors) file.append("traces_span_metrics_calls_total{").append(line).append('\n');
    file.append("# EOF\n");
    Path history = Files.writeString(dir.resolve("history.om"), file.toString());

    MutableClock sameNow = new MutableClock();
    sameNow.now = clock.now;
    try (EngineServer imported = EngineServer.start(options(spec, List.of(), List.of(history), "imported"), true, sameNow)) {
      JsonNode backfilled = slo(imported);
      assertThat(live.get("budgetRemaining").isNumber()).isTrue();
      assertThat(backfilled.get("budgetRemaining").asDouble()).isEqualTo(live.get("budgetRemaining").asDouble());
      assertThat(backfilled.get("sliOverPeriod").asDouble()).isEqualTo(live.get("sliOverPeriod").asDouble());
    }
  }

  private EngineOptions options(Path spec, List<URI> targets, List<Path> history, String db) {
    return new EngineOptions(List.of(spec), "127.0.0.1", 0, 0, targets, Duration.ofMinutes(1), dir.resolve(db), null, null, null, null,
        Duration.ofMinutes(5), history);
  }

  private static JsonNode slo(EngineServer engine) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(engine.baseUrl() + "/api/v1/slos/checkout/place-order-availability")).build(), HttpResponse.BodyHandlers.ofString());
    return new ObjectMapper().readTree(r.body());
  }
}
