package dev.observatory.slo.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.observatory.slo.source.HistoryFile;
import dev.observatory.slo.spec.LoadedSlo;
import dev.observatory.slo.spec.SpecLoader;
import dev.observatory.slo.store.MinuteDao;
import dev.observatory.slo.store.MinuteRow;
import dev.observatory.slo.store.SloKey;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine with {@code --prometheus}: a history backfilled into a real Prometheus (promtool) is
 * read through its HTTP API, with an engine outage in the middle that the restart catches up.
 */
class EnginePrometheusSourceTest {
  static final String SPECS = """
      apiVersion: observatory/v1
      service: checkout
      slos:
        - name: place-order-availability
          objective: 99.9
          sli: {availability: {spanName: oteldemo.CheckoutService/PlaceOrder}}
      ---
      apiVersion: observatory/v1
      service: frontend
      slos:
        - name: api-availability
          objective: 99
          sli:
            promql:
              errorQuery: sum(rate(http_requests_total{job="frontend",code=~"5.."}[{{.window}}])) + sum(rate(http_request_timeouts_total{job="frontend"}[{{.window}}]))
              totalQuery: sum(rate(http_requests_total{job="frontend"}[{{.window}}]))
        - name: broken
          objective: 99
          sli:
            promql:
              errorRatio: sum(rate(http_requests_total{code=~"5.."}[{{.window}}])
      """;
  static final String CHECKOUT = "job=\"shop\",service_name=\"checkout\",span_name=\"oteldemo.CheckoutService/PlaceOrder\",span_kind=\"SPAN_KIND_SERVER\"";
  @TempDir Path dir;

  @Test
  void selectorMinutesEqualTheImportRawPromqlGetsMinutesAndARestartCatchesUp() throws Exception {
    if (!"true".equals(System.getenv("CI"))) Assumptions.assumeTrue(PrometheusProcess.installed(), "prometheus is not installed");
    assertThat(PrometheusProcess.installed()).as("CI must install prometheus (.ci/run)").isTrue();
    Path specs = Files.writeString(dir.resolve("slos.yaml"), SPECS);
    long start = Instant.now().minus(Duration.ofMinutes(90)).getEpochSecond() / 60 * 60;
    Path history = Files.writeString(dir.resolve("history.om"), history(start));
    long first = start / 60 + 1;
    long end = start / 60 + 40;
    HttpClient http = HttpClient.newHttpClient();
    try (PrometheusProcess prometheus = new PrometheusProcess(dir, history)) {
      MutableClock clock = new MutableClock();
      clock.now = Instant.ofEpochSecond(first * 60 + 20);
      EngineOptions options = new EngineOptions(List.of(specs), "127.0.0.1", 0, 0, List.of(), Duration.ofMinutes(1),
          dir.resolve("pg"), null, null, null, null, Duration.ofMinutes(5), List.of()).withPrometheus(prometheus.base());
      EngineServer engine = EngineServer.start(options, true, clock);
      for (long m = first + 1; m <= first + 19; m++) {
        clock.now = Instant.ofEpochSecond(m * 60 + 20);
        engine.cycleNow();
      }
      engine.close();
      // Down for 15 minutes; the restart reads them from Prometheus.
      clock.now = Instant.ofEpochSecond((first + 35) * 60 + 20);
      engine = EngineServer.start(options, true, clock);
      try {
        for (long m = first + 35; m <= end; m++) {
          clock.now = Instant.ofEpochSecond(m * 60 + 20);
          engine.cycleNow();
        }
        MinuteDao minutes = engine.database().jdbi().onDemand(MinuteDao.class);

        var slos = SpecLoader.load("slos.yaml", SPECS).slos().stream().map(LoadedSlo::slo).toList();
        var imported = HistoryFile.read(history, slos).minutes().get(new dev.observatory.slo.model.SloId("checkout", "place-order-availability")).stream()
            .filter(t -> t.hasData() && t.epochMinute() >= first && t.epochMinute() < end)
            .map(t -> new MinuteRow(SloKey.of("checkout", "place-order-availability"), t.epochMinute(), t.good(), t.total())).toList();
        List<MinuteRow> checkout = minutes.range(SloKey.of("checkout", "place-order-availability"), 0, Long.MAX_VALUE);
        assertThat(imported).hasSize(39);
        assertThat(checkout).as("every minute once, as importing the history gives it").isEqualTo(imported);

        List<MinuteRow> frontend = minutes.range(SloKey.of("frontend", "api-availability"), first, end - 1);
        assertThat(frontend).as("a minute each, through the 1m query").hasSize((int) (end - 1 - first));
        // The 1m query at a minute's end sees the sample on that boundary too: minutes are shifted by a sample.
        for (MinuteRow row : frontend) assertThat(row.total()).as(row.toString()).isBetween(48.0, 56.0);
        assertThat(frontend.stream().mapToDouble(r -> r.total() - r.good()).sum()).as("5xx and timeouts").isCloseTo(48, within(1e-6));
        JsonNode api = new ObjectMapper().readTree(get(http, engine.baseUrl() + "/api/v1/slos/frontend/api-availability"));
        List<MinuteRow> all = minutes.range(SloKey.of("frontend", "api-availability"), 0, Long.MAX_VALUE);
        double bad = all.stream().mapToDouble(r -> r.total() - r.good()).sum();
        assertThat(api.get("sliOverPeriod").asDouble()).isCloseTo(1 - bad / all.stream().mapToDouble(MinuteRow::total).sum(), within(1e-9)).isLessThan(1);

        assertThat(minutes.range(SloKey.of("frontend", "broken"), 0, Long.MAX_VALUE)).as("a refused query gives no minutes").isEmpty();
        JsonNode broken = new ObjectMapper().readTree(get(http, engine.baseUrl() + "/api/v1/slos/frontend/broken"));
        assertThat(broken.get("sliOverPeriod").isNull()).as("no data, not good").isTrue();
        assertThat(get(http, engine.baseUrl() + "/metrics")).containsPattern("observatory_engine_prometheus_query_failures_total [1-9]");
        JsonNode health = new ObjectMapper().readTree(get(http, "http://127.0.0.1:" + engine.adminPort() + "/healthcheck")).get("prometheus");
        assertThat(health.get("healthy").asBoolean()).isFalse();
        assertThat(health.get("message").asText()).contains("frontend/broken").contains("unclosed left parenthesis").doesNotContain("checkout");
      } finally {
        engine.close();
      }
    }
  }

  /** 40 minutes of 15-second samples: checkout with an error burst, frontend requests with 5xx and timeouts. */
  private static String history(long start) {
    StringBuilder ok = new StringBuilder();
    StringBuilder errors = new StringBuilder();
    StringBuilder requests = new StringBuilder();
    StringBuilder failed = new StringBuilder();
    StringBuilder timeouts = new StringBuilder();
    long good = 0;
    long bad = 0;
    long r200 = 0;
    long r500 = 0;
    long timedOut = 0;
    for (int i = 0; i < 40 * 4; i++) {
      long t = start + i * 15L;
      good += 7;
      bad += i >= 70 && i < 80 ? 3 : 0;
      r200 += 12;
      r500 += i >= 40 && i < 60 ? 2 : 0;
      timedOut += i >= 48 && i < 56 ? 1 : 0;
      ok.append("traces_span_metrics_calls_total{").append(CHECKOUT).append(",status_code=\"STATUS_CODE_UNSET\"} ").append(good).append(' ').append(t).append('\n');
      errors.append("traces_span_metrics_calls_total{").append(CHECKOUT).append(",status_code=\"STATUS_CODE_ERROR\"} ").append(bad).append(' ').append(t).append('\n');
      requests.append("http_requests_total{job=\"frontend\",code=\"200\"} ").append(r200).append(' ').append(t).append('\n');
      failed.append("http_requests_total{job=\"frontend\",code=\"500\"} ").append(r500).append(' ').append(t).append('\n');
      timeouts.append("http_request_timeouts_total{job=\"frontend\"} ").append(timedOut).append(' ').append(t).append('\n');
    }
    return "# TYPE traces_span_metrics_calls counter\n" + ok + errors + "# TYPE http_requests counter\n" + requests + failed
        + "# TYPE http_request_timeouts counter\n" + timeouts + "# EOF\n";
  }

  private static String get(HttpClient http, String url) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    return r.body();
  }
}
