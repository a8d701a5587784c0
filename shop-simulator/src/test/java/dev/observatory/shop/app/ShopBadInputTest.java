package dev.observatory.shop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Year;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad input the frontend API refuses, and what a failed checkout leaves behind. */
class ShopBadInputTest {
  static final int NEXT_YEAR = Year.now().getValue() + 1;
  @TempDir static Path dir;
  static RunningShop shop;
  static String product;

  @BeforeAll
  static void start() throws Exception {
    shop = new RunningShop(dir.resolve("pg"));
    product = shop.read(shop.get("/api/products").body()).get(0).get("id").asText();
  }

  @AfterAll
  static void stop() throws Exception {
    if (shop != null) shop.close();
  }

  @Test
  void anUnknownProductIsNotFound() throws Exception {
    HttpResponse<String> r = shop.get("/api/products/NOSUCHPROD");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("NOSUCHPROD");
    assertThat(shop.post("/api/cart", RunningShop.addItem("u-404", "NOSUCHPROD", 1)).statusCode()).isEqualTo(404);
  }

  @ParameterizedTest(name = "quantity {0} is refused with 400")
  @CsvSource({"0, at least 1", "-3, at least 1", "101, at most 100", "100000, at most 100"})
  void aQuantityOutOfRangeIsABadRequest(int quantity, String message) throws Exception {
    HttpResponse<String> r = shop.post("/api/cart", RunningShop.addItem("u-qty", product, quantity));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains(message);
  }

  @ParameterizedTest(name = "malformed JSON {0} is a 400 naming the problem")
  @CsvSource(delimiter = '|', value = {
    "{\"userId\": \"u\", \"item\": | Unexpected end-of-input",
    "{\"userId\": \"u\", \"item\": {\"productId\": \"X\", \"quantity\": \"many\"}} | quantity",
    "not json at all | Unrecognized token",
  })
  void malformedJsonIsABadRequestThatSaysWhy(String body, String says) throws Exception {
    HttpResponse<String> r = shop.post("/api/cart", body);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).startsWith("{\"error\":\"malformed JSON").contains(says);
  }

  @ParameterizedTest(name = "card {0}: 400 {1}")
  @CsvSource(delimiter = '|', value = {
    "4111111111111112 | 0 | Luhn",
    "378282246310005 | 0 | American Express",
    "4111111111111111 | -2 | expired",
  })
  void aBadCardIsRefusedWithoutEchoingItsNumberAndLeavesNoTrace(String card, int yearOffset, String says) throws Exception {
    String user = "u-card-" + card.substring(card.length() - 4) + yearOffset;
    shop.post("/api/cart", RunningShop.addItem(user, product, 1));
    long orders = shop.query("select count(*) from orders", Long.class);
    long charges = shop.query("select count(*) from payments", Long.class);
    HttpResponse<String> r = shop.post("/api/checkout", RunningShop.checkout(user, "USD", card, Year.now().getValue() + yearOffset, 1));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).containsIgnoringCase(says).doesNotContain(card).doesNotContain(card.substring(0, 8));
    assertThat(shop.query("select count(*) from orders", Long.class)).isEqualTo(orders);
    assertThat(shop.query("select count(*) from payments", Long.class)).isEqualTo(charges);
    assertThat(shop.read(shop.get("/api/cart?userId=" + user).body()).get("items")).hasSize(1);
  }

  @Test
  void anUnsupportedCurrencyIsABadRequestAndKeepsTheCart() throws Exception {
    shop.post("/api/cart", RunningShop.addItem("u-xyz", product, 1));
    HttpResponse<String> r = shop.post("/api/checkout", RunningShop.checkout("u-xyz", "XYZ", "4111111111111111", NEXT_YEAR, 1));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("XYZ");
    assertThat(shop.read(shop.get("/api/cart?userId=u-xyz").body()).get("items")).hasSize(1);
  }

  @Test
  void anOversizedBodyIsRefusedWith413() throws Exception {
    String huge = "{\"userId\":\"" + "x".repeat(200_000) + "\"}";
    HttpResponse<String> r = shop.post("/api/cart", huge);
    assertThat(r.statusCode()).isEqualTo(413);
  }

  @Test
  void aPaymentFailureCreatesNoOrderChargesNothingAndKeepsTheCart() throws Exception {
    shop.post("/api/cart", RunningShop.addItem("u-fail", product, 2));
    long orders = shop.query("select count(*) from orders", Long.class);
    long charges = shop.query("select count(*) from payments", Long.class);
    shop.setFlag("paymentFailure", "1");
    try {
      HttpResponse<String> r = shop.post("/api/checkout", RunningShop.checkout("u-fail", "USD", "4111111111111111", NEXT_YEAR, 1));
      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(r.body()).contains("paymentFailure");
    } finally {
      shop.setFlag("paymentFailure", "0");
    }
    assertThat(shop.query("select count(*) from orders", Long.class)).isEqualTo(orders);
    assertThat(shop.query("select count(*) from payments", Long.class)).isEqualTo(charges);
    assertThat(shop.read(shop.get("/api/cart?userId=u-fail").body()).get("items").get(0).get("quantity").asInt()).isEqualTo(2);
  }

  @Test
  void anEmptyCartCannotBeCheckedOut() throws Exception {
    HttpResponse<String> r = shop.post("/api/checkout", RunningShop.checkout("u-nothing", "USD", "4111111111111111", NEXT_YEAR, 1));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("empty");
  }

  @Test
  void aBadFlagValueIsRefusedAndAnUnknownFlagIsNotFound() throws Exception {
    HttpResponse<String> bad = shop.setFlag("paymentFailure", "2");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("paymentFailure must be a number from 0 to 1");
    assertThat(shop.setFlag("noSuchFlag", "1").statusCode()).isEqualTo(404);
  }
}
