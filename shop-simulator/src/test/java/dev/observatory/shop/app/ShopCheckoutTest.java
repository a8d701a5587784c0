package dev.observatory.shop.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole shop in one process on a real embedded PostgreSQL, driven over HTTP. */
class ShopCheckoutTest {
  static final String VISA = "4111111111111111";
  static final int NEXT_YEAR = Year.now().getValue() + 1;
  @TempDir static Path dir;
  static RunningShop shop;
  static List<String> productIds;

  @BeforeAll
  static void start() throws Exception {
    shop = new RunningShop(dir.resolve("pg"));
    JsonNode products = shop.read(shop.get("/api/products").body());
    productIds = new ArrayList<>();
    products.forEach(p -> productIds.add(p.get("id").asText()));
  }

  @AfterAll
  static void stop() throws Exception {
    if (shop != null) shop.close();
  }

  @BeforeEach
  void healthy() throws Exception {
    shop.setFlag("paymentFailure", "0");
    shop.spans.reset();
  }

  @Test
  void anOrderIsWrittenRecordedOnceEmailedAndTracedAcrossTheServices() throws Exception {
    String user = "user-order";
    assertThat(shop.post("/api/cart", RunningShop.addItem(user, productIds.get(0), 2)).statusCode()).isEqualTo(200);
    assertThat(shop.post("/api/cart", RunningShop.addItem(user, productIds.get(1), 1)).statusCode()).isEqualTo(200);

    HttpResponse<String> response = shop.post("/api/checkout", RunningShop.checkout(user, "EUR", VISA, NEXT_YEAR, 1));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode order = shop.read(response.body());
    String orderId = order.get("orderId").asText();
    assertThat(order.get("shippingTrackingId").asText()).isNotBlank();
    assertThat(order.get("shippingCost").get("currencyCode").asText()).isEqualTo("EUR");
    assertThat(order.get("items")).hasSize(2);

    assertThat(shop.query("select count(*) from orders where order_id = '" + orderId + "'", Integer.class)).isEqualTo(1);
    assertThat(shop.query("select count(*) from order_items where order_id = '" + orderId + "'", Integer.class)).isEqualTo(2);
    RunningShop.await(() -> shop.query("select count(*) from accounting_entries where order_id = '" + orderId + "'", Integer.class) == 1, Duration.ofSeconds(20));
    assertThat(shop.query("select count(*) from order_outbox where order_id = '" + orderId + "' and consumed_at is not null", Integer.class)).isEqualTo(1);
    assertThat(shop.query("select body from emails where order_id = '" + orderId + "'", String.class)).contains(orderId);
    assertThat(shop.read(shop.get("/api/cart?userId=" + user).body()).get("items")).isEmpty();

    RunningShop.await(() -> shop.spans.getFinishedSpanItems().stream().anyMatch(s -> s.getName().equals("orders process")), Duration.ofSeconds(20));
    SpanData placeOrder = span("oteldemo.CheckoutService/PlaceOrder");
    List<SpanData> trace = shop.spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(placeOrder.getTraceId())).toList();
    Set<String> services = trace.stream().map(s -> s.getResource().getAttribute(AttributeKey.stringKey("service.name"))).collect(Collectors.toSet());
    assertThat(services).hasSizeGreaterThanOrEqualTo(6).contains("frontend", "checkout", "cart", "product-catalog", "currency", "shipping", "payment", "email", "accounting");
    var attributes = placeOrder.getAttributes();
    assertThat(attributes.get(AttributeKey.stringKey("app.user.id"))).isEqualTo(user);
    assertThat(attributes.get(AttributeKey.stringKey("app.user.currency"))).isEqualTo("EUR");
    assertThat(attributes.get(AttributeKey.stringKey("app.order.id"))).isEqualTo(orderId);
    assertThat(attributes.get(AttributeKey.stringKey("app.order.amount"))).matches("\\d+(\\.\\d+)?");
    assertThat(attributes.get(AttributeKey.longKey("app.order.items.count"))).isEqualTo(2L);
    assertThat(attributes.get(AttributeKey.stringKey("app.shipping.amount"))).matches("\\d+(\\.\\d+)?");
    assertThat(attributes.get(AttributeKey.stringKey("app.shipping.tracking.id"))).isEqualTo(order.get("shippingTrackingId").asText());
    assertThat(attributes.get(AttributeKey.stringKey("app.payment.transaction.id"))).isNotBlank();
    assertThat(attributes.get(AttributeKey.stringKey("app.payment.card_type"))).isEqualTo("visa");
    assertThat(placeOrder.getEvents()).extracting(e -> e.getName()).containsExactly("prepared", "charged", "shipped");
    assertThat(trace).extracting(SpanData::getName).contains("prepareOrderItemsAndShippingQuoteFromCart", "orders publish", "orders process");
    assertThat(placeOrder.getResource().getAttribute(AttributeKey.stringKey("service.instance.id"))).isNotBlank();
    assertThat(placeOrder.getResource().getAttribute(AttributeKey.stringKey("deployment.environment"))).isNotBlank();
  }

  @Test
  void noCardNumberReachesSpansOrTheDatabase() throws Exception {
    String user = "user-pan";
    shop.post("/api/cart", RunningShop.addItem(user, productIds.get(2), 1));
    assertThat(shop.post("/api/checkout", RunningShop.checkout(user, "USD", "5555555555554444", NEXT_YEAR, 6)).statusCode()).isEqualTo(200);
    for (SpanData span : shop.spans.getFinishedSpanItems()) {
      assertThat(span.getAttributes().toString()).doesNotContain("5555555555554444");
      assertThat(span.getEvents().toString()).doesNotContain("5555555555554444");
    }
    String dump = shop.server.database().orElseThrow().jdbi().withHandle(h -> String.join("\n",
        h.createQuery("select row_to_json(t)::text from (select * from payments) t union all select row_to_json(t)::text from (select * from orders) t"
            + " union all select row_to_json(t)::text from (select * from emails) t union all select row_to_json(t)::text from (select * from idempotency_keys) t").mapTo(String.class).list()));
    assertThat(dump).contains("4444").doesNotContain("5555555555554444");
  }

  @Test
  void withPaymentFailureAtOneHalfAboutHalfOfThePlaceOrderSpansAreErrors() throws Exception {
    assertThat(shop.setFlag("paymentFailure", "0.5").statusCode()).isEqualTo(200);
    int attempts = 80;
    int failed = 0;
    for (int i = 0; i < attempts; i++) {
      String user = "user-half-" + i;
      shop.post("/api/cart", RunningShop.addItem(user, productIds.get(i % productIds.size()), 1));
      if (shop.post("/api/checkout", RunningShop.checkout(user, "USD", VISA, NEXT_YEAR, 2)).statusCode() != 200) failed++;
    }
    List<SpanData> placeOrders = shop.spans.getFinishedSpanItems().stream()
        .filter(s -> s.getName().equals("oteldemo.CheckoutService/PlaceOrder") && s.getKind() == io.opentelemetry.api.trace.SpanKind.SERVER).toList();
    long errors = placeOrders.stream().filter(s -> s.getStatus().getStatusCode() == StatusCode.ERROR).count();
    assertThat(placeOrders).hasSize(attempts);
    assertThat(errors).isEqualTo(failed);
    // Binomial(80, 0.5): 99.99% of runs fall within 20..60.
    assertThat(errors).isBetween(20L, 60L);
  }

  @Test
  void fiftyConcurrentRetriesWithOneIdempotencyKeyPlaceOneOrderAndChargeOnce() throws Exception {
    String user = "user-idem";
    shop.post("/api/cart", RunningShop.addItem(user, productIds.get(3), 1));
    long ordersBefore = shop.query("select count(*) from orders", Long.class);
    long chargesBefore = shop.query("select count(*) from payments", Long.class);
    String body = RunningShop.checkout(user, "USD", VISA, NEXT_YEAR, 3);
    ExecutorService pool = Executors.newFixedThreadPool(50);
    List<Future<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 50; i++) calls.add(pool.submit(() -> shop.post("/api/checkout", body, "Idempotency-Key", "retry-me-1")));
    Set<String> orderIds = new java.util.HashSet<>();
    for (Future<HttpResponse<String>> call : calls) {
      HttpResponse<String> r = call.get();
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      orderIds.add(shop.read(r.body()).get("orderId").asText());
    }
    pool.shutdown();
    assertThat(orderIds).hasSize(1);
    assertThat(shop.query("select count(*) from orders", Long.class)).isEqualTo(ordersBefore + 1);
    assertThat(shop.query("select count(*) from payments", Long.class)).isEqualTo(chargesBefore + 1);

    HttpResponse<String> otherBody = shop.post("/api/checkout", RunningShop.checkout(user, "EUR", VISA, NEXT_YEAR, 3), "Idempotency-Key", "retry-me-1");
    assertThat(otherBody.statusCode()).isEqualTo(422);
    assertThat(otherBody.body()).contains("different request body");
  }

  private static SpanData span(String name) {
    return shop.spans.getFinishedSpanItems().stream()
        .filter(s -> s.getName().equals(name) && s.getKind() == io.opentelemetry.api.trace.SpanKind.SERVER).reduce((a, b) -> b).orElseThrow();
  }
}
