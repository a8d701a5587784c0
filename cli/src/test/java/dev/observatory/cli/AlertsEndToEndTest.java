package dev.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.observatory.dashboards.Generator;
import dev.observatory.dashboards.alertmanager.Receivers;
import dev.observatory.dashboards.grafana.GrafanaDashboards;
import dev.observatory.shop.app.PrometheusProcess;
import dev.observatory.shop.app.RunningShop;
import dev.observatory.shop.load.LoadConfig;
import dev.observatory.shop.load.LoadGenerator;
import dev.observatory.slo.spec.LoadedSlo;
import dev.observatory.slo.spec.SpecLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the shop under load with every payment failing, scraped by a real Prometheus that
 * evaluates the rules generated from slo-definitions/. The checkout page alert fires within five
 * minutes, and every panel query of the RED and SLO dashboards returns data.
 */
class AlertsEndToEndTest {
  static final String SERVICE = "checkout";
  static final String SLO = "place-order-availability";
  @TempDir Path dir;

  @Test
  void theCheckoutPageAlertFiresAndEveryDashboardPanelHasData() throws Exception {
    if (!"true".equals(System.getenv("CI"))) {
      Assumptions.assumeTrue(Files.isExecutable(PrometheusProcess.BINARY), "prometheus is not installed (apt-get install prometheus)");
    }
    long started = System.nanoTime();
    var slos = SpecLoader.load(List.of(Path.of("../slo-definitions"))).slos().stream().map(LoadedSlo::slo).toList();
    Map<String, String> files = Generator.files(slos, new Receivers(null, null));
    Path out = dir.resolve("generated");
    Generator.write(files, out);
    List<Path> rules;
    try (var list = Files.list(out.resolve("prometheus"))) {
      rules = list.filter(p -> p.toString().endsWith(".rules.yaml")).sorted().toList();
    }

    ExecutorService background = Executors.newSingleThreadExecutor();
    try (RunningShop shop = new RunningShop(dir.resolve("pg"));
        PrometheusProcess prometheus = new PrometheusProcess(Files.createDirectories(dir.resolve("prom")),
            "127.0.0.1:" + shop.server.metricsUrl().orElseThrow().getPort(), rules)) {
      assertThat(shop.setFlag("paymentFailure", "1.0").statusCode()).isEqualTo(200);
      StringWriter loadOutput = new StringWriter();
      LoadGenerator load = new LoadGenerator(LoadConfig.builder()
          .target(shop.server.baseUrl()).admin(shop.server.adminUrl())
          .users(8).rampUp(Duration.ofSeconds(2)).duration(Duration.ofMinutes(6))
          .thinkTime(Duration.ofMillis(20), Duration.ofMillis(100)).seed(7).progress(false)
          .reportInterval(Duration.ofMinutes(1))
          .build(), new PrintWriter(loadOutput));
      Future<?> running = background.submit(load::run);
      try {
        String firing = "ALERTS{alertstate=\"firing\",service=\"" + SERVICE + "\",slo=\"" + SLO + "\",slo_severity=\"page\"}";
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        JsonNode alert = prometheus.query(firing);
        while (alert.isEmpty() && System.nanoTime() < deadline) {
          Thread.sleep(1000);
          alert = prometheus.query(firing);
        }
        long firedAfter = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        assertThat(alert).as("the checkout page alert fires within 5 minutes; load output:\n" + loadOutput).isNotEmpty();
        System.out.println("end-to-end: the checkout page alert fired " + firedAfter + " s after the test started");

        List<String> empty = new ArrayList<>();
        for (String dashboard : List.of("spanmetrics-red.json", "slo-overview.json", "slo-detail.json")) {
          List<String> thresholds = new ArrayList<>();
          for (String query : GrafanaDashboards.queries(files.get("grafana/" + dashboard))) {
            String promql = query.replace("$__rate_interval", "1m").replace("$__interval", "1m").replace("$service", SERVICE).replace("$slo", SLO);
            boolean hasData = hasData(prometheus, promql);
            if (promql.matches("^[0-9.]+ \\* \\(slo:info\\{.*")) {
              if (hasData) thresholds.add(promql.substring(0, promql.indexOf(' ')));
            } else if (!hasData) {
              empty.add(dashboard + ": " + promql);
            }
          }
          if (dashboard.equals("slo-detail.json")) {
            assertThat(thresholds).as("the default policy's thresholds are drawn for " + SLO).contains("14.4", "6", "3", "1");
          }
        }
        assertThat(empty).as("panel queries without data (each retried for 30 s)").isEmpty();
        // Latency SLIs select the bucket as the exporter writes it (le="2000.0"): their ratios have data too.
        for (String latency : List.of("checkout\",slo=\"place-order-latency", "cart\",slo=\"get-cart-latency", "product-catalog\",slo=\"get-product-latency")) {
          assertThat(hasData(prometheus, "slo:sli_error:ratio_rate5m{service=\"" + latency + "\"}")).as(latency).isTrue();
        }
        System.out.println("end-to-end: the whole test took " + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
      } finally {
        load.stop();
        running.get();
      }
    } finally {
      background.shutdownNow();
    }
  }

  /** Whether a query returns data; series that appear with the first event get up to 30 s (a rate needs two scrapes). */
  private static boolean hasData(PrometheusProcess prometheus, String promql) throws Exception {
    if (promql.matches("^[0-9.]+ \\* \\(slo:info\\{.*")) return !prometheus.query(promql).isEmpty();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (prometheus.query(promql).isEmpty()) {
      if (System.nanoTime() > deadline) return false;
      Thread.sleep(1000);
    }
    return true;
  }
}
