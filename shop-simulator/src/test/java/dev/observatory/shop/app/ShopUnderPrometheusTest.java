package dev.observatory.shop.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.observatory.shop.load.LoadConfig;
import dev.observatory.shop.load.LoadGenerator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Prometheus scrapes the shop while the load generator drives it; the spanmetrics query of
 * the seed talk returns every span name of the checkout service.
 */
class ShopUnderPrometheusTest {
  @TempDir Path dir;

  @Test
  void prometheusSeesEveryCheckoutSpanNameUnderLoad() throws Exception {
    if (!"true".equals(System.getenv("CI"))) {
      Assumptions.assumeTrue(Files.isExecutable(PrometheusProcess.BINARY), "prometheus is not installed (apt-get install prometheus)");
    }
    try (RunningShop shop = new RunningShop(dir.resolve("pg"));
        PrometheusProcess prometheus = new PrometheusProcess(Files.createDirectories(dir.resolve("prom")), "127.0.0.1:" + shop.server.metricsUrl().orElseThrow().getPort())) {
      StringWriter output = new StringWriter();
      LoadConfig config = LoadConfig.builder()
          .target(shop.server.baseUrl())
          .admin(shop.server.adminUrl())
          .users(8)
          .duration(Duration.ofSeconds(15))
          .thinkTime(Duration.ofMillis(20), Duration.ofMillis(100))
          .seed(42)
          .progress(false)
          .build();
      var summary = new LoadGenerator(config, new PrintWriter(output)).run();
      assertThat(output.toString()).isNotEmpty();

      Set<String> names = new TreeSet<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      Set<String> expected = Set.of("oteldemo.CheckoutService/PlaceOrder", "prepareOrderItemsAndShippingQuoteFromCart", "orders publish",
          "oteldemo.CartService/GetCart", "oteldemo.CartService/EmptyCart", "oteldemo.ProductCatalogService/GetProduct", "oteldemo.CurrencyService/Convert",
          "oteldemo.ShippingService/GetQuote", "oteldemo.ShippingService/ShipOrder", "oteldemo.PaymentService/Charge", "oteldemo.EmailService/SendOrderConfirmation");
      while (!names.containsAll(expected) && System.nanoTime() < deadline) {
        names.clear();
        JsonNode result = prometheus.query("sum by (span_name) (rate(traces_span_metrics_calls_total{service_name=\"checkout\"}[1m]))");
        result.forEach(r -> names.add(r.path("metric").path("span_name").asText()));
        if (!names.containsAll(expected)) Thread.sleep(500);
      }
      assertThat(names).as(output.toString()).containsAll(expected);
    }
  }
}
