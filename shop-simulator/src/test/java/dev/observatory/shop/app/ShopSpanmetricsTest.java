package dev.observatory.shop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After real traffic, the shop's {@code /metrics} has spanmetrics for every span name of the
 * DESIGN contract, each with exactly the contract's labels and bucket boundaries.
 */
class ShopSpanmetricsTest {
  /** The span names DESIGN.md lists, with the service that emits each as a server (or internal/producer) span. */
  static final List<String[]> CONTRACT = List.of(
      new String[] {"checkout", "oteldemo.CheckoutService/PlaceOrder", "SPAN_KIND_SERVER"},
      new String[] {"cart", "oteldemo.CartService/AddItem", "SPAN_KIND_SERVER"},
      new String[] {"cart", "oteldemo.CartService/GetCart", "SPAN_KIND_SERVER"},
      new String[] {"cart", "oteldemo.CartService/EmptyCart", "SPAN_KIND_SERVER"},
      new String[] {"product-catalog", "oteldemo.ProductCatalogService/ListProducts", "SPAN_KIND_SERVER"},
      new String[] {"product-catalog", "oteldemo.ProductCatalogService/GetProduct", "SPAN_KIND_SERVER"},
      new String[] {"product-catalog", "oteldemo.ProductCatalogService/SearchProducts", "SPAN_KIND_SERVER"},
      new String[] {"payment", "oteldemo.PaymentService/Charge", "SPAN_KIND_SERVER"},
      new String[] {"currency", "oteldemo.CurrencyService/Convert", "SPAN_KIND_SERVER"},
      new String[] {"shipping", "oteldemo.ShippingService/GetQuote", "SPAN_KIND_SERVER"},
      new String[] {"shipping", "oteldemo.ShippingService/ShipOrder", "SPAN_KIND_SERVER"},
      new String[] {"checkout", "prepareOrderItemsAndShippingQuoteFromCart", "SPAN_KIND_INTERNAL"},
      new String[] {"checkout", "orders publish", "SPAN_KIND_PRODUCER"});
  static final Pattern SERIES = Pattern.compile("^(traces_span_metrics_[a-z_]+)\\{([^}]*)\\} .*$", Pattern.MULTILINE);
  static final Pattern LABEL = Pattern.compile("([a-z_]+)=\"((?:[^\"\\\\]|\\\\.)*)\"");
  @TempDir static Path dir;
  static RunningShop shop;
  static String metrics;

  @BeforeAll
  static void traffic() throws Exception {
    shop = new RunningShop(dir.resolve("pg"));
    String product = shop.read(shop.get("/api/products").body()).get(0).get("id").asText();
    shop.get("/api/products?q=telescope");
    shop.post("/api/cart", RunningShop.addItem("u-metrics", product, 1));
    int status = shop.post("/api/checkout", RunningShop.checkout("u-metrics", "EUR", "4111111111111111", Year.now().getValue() + 1, 5)).statusCode();
    assertThat(status).isEqualTo(200);
    metrics = shop.metrics();
  }

  @AfterAll
  static void stop() throws Exception {
    if (shop != null) shop.close();
  }

  @Test
  void everyContractSpanNameHasCallsAndDurationSeriesWithExactlyTheContractLabels() {
    for (String[] c : CONTRACT) {
      String labels = "service_name=\"" + c[0] + "\",span_name=\"" + c[1] + "\",span_kind=\"" + c[2] + "\",status_code=\"STATUS_CODE_UNSET\"";
      assertThat(series("traces_span_metrics_calls_total")).as(c[1]).anyMatch(s -> sameLabels(s, labels));
      assertThat(series("traces_span_metrics_duration_milliseconds_count")).as(c[1]).anyMatch(s -> sameLabels(s, labels));
      assertThat(series("traces_span_metrics_duration_milliseconds_sum")).as(c[1]).anyMatch(s -> sameLabels(s, labels));
    }
  }

  @Test
  void everySpanmetricsSeriesHasExactlyServiceSpanNameKindAndStatusLabels() {
    Matcher m = SERIES.matcher(metrics);
    int seen = 0;
    while (m.find()) {
      Set<String> names = new TreeSet<>();
      Matcher l = LABEL.matcher(m.group(2));
      while (l.find()) names.add(l.group(1));
      Set<String> expected = new TreeSet<>(Set.of("service_name", "span_name", "span_kind", "status_code"));
      if (m.group(1).endsWith("_bucket")) expected.add("le");
      assertThat(names).as(m.group()).isEqualTo(expected);
      seen++;
    }
    assertThat(seen).isGreaterThan(100);
  }

  @Test
  void theDurationHistogramHasExactlyTheContractBuckets() {
    List<String> les = series("traces_span_metrics_duration_milliseconds_bucket").stream()
        .filter(s -> s.contains("span_name=\"oteldemo.CheckoutService/PlaceOrder\"") && s.contains("span_kind=\"SPAN_KIND_SERVER\""))
        .map(s -> s.replaceAll(".*le=\"([^\"]+)\".*", "$1")).toList();
    assertThat(les).containsExactly("2.0", "4.0", "6.0", "8.0", "10.0", "50.0", "100.0", "200.0", "400.0", "800.0", "1000.0", "1400.0", "2000.0", "5000.0", "10000.0", "15000.0", "+Inf");
  }

  private static List<String> series(String name) {
    return metrics.lines().filter(l -> l.startsWith(name + "{")).toList();
  }

  private static boolean sameLabels(String line, String labels) {
    String inside = line.substring(line.indexOf('{') + 1, line.lastIndexOf('}'));
    Set<String> a = new TreeSet<>(List.of(inside.split(",(?=[a-z_]+=)")));
    Set<String> b = new TreeSet<>(List.of(labels.split(",(?=[a-z_]+=)")));
    return a.equals(b);
  }
}
