package dev.observatory.shop.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckoutBodyTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  private final FakeTicker ticker = new FakeTicker();
  private final ObjectMapper json = new ObjectMapper();
  private FakeShop shop;

  @BeforeEach
  void startShopAndRun() throws Exception {
    shop = new FakeShop(ticker);
    LoadConfig config =
        LoadConfig.builder()
            .target(shop.target())
            .users(2)
            .rampUp(Duration.ZERO)
            .thinkTime(Duration.ZERO, Duration.ZERO)
            .maxTasks(600)
            .seed(11)
            .build();
    new LoadGenerator(
            config,
            new PrintWriter(new StringWriter()),
            ticker,
            Clock.fixed(NOW, ZoneOffset.UTC),
            LoadGenerator.defaultHttpClient(config))
        .run();
  }

  @AfterEach
  void stopShop() {
    shop.close();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  @Test
  void checkoutBodiesAreJsonWithTheDemoFieldNamesAndAValidFutureCard() throws Exception {
    List<FakeShop.Request> checkouts = shop.requests("POST /api/checkout");
    assertThat(checkouts).hasSizeGreaterThan(20);

    for (FakeShop.Request checkout : checkouts) {
      JsonNode body = json.readTree(checkout.body());
      assertThat(fieldNames(body))
          .containsExactly("userId", "userCurrency", "address", "email", "creditCard");
      assertThat(fieldNames(body.get("address")))
          .containsExactly("streetAddress", "city", "state", "country", "zipCode");
      assertThat(fieldNames(body.get("creditCard")))
          .containsExactly(
              "creditCardNumber",
              "creditCardCvv",
              "creditCardExpirationYear",
              "creditCardExpirationMonth");
      assertThat(body.get("userCurrency").asText()).isIn(FakeShop.CURRENCIES);
      assertThat(body.get("email").asText()).matches("[a-z]+@example\\.com");

      JsonNode card = body.get("creditCard");
      String number = card.get("creditCardNumber").asText();
      assertThat(number).matches("4\\d{15}|5[1-5]\\d{14}");
      assertThat(luhnValid(number)).as("Luhn check of %s", number).isTrue();
      assertThat(card.get("creditCardCvv").asInt()).isBetween(100, 999);
      YearMonth expiry =
          YearMonth.of(
              card.get("creditCardExpirationYear").asInt(),
              card.get("creditCardExpirationMonth").asInt());
      assertThat(expiry).isAfter(YearMonth.from(NOW.atZone(ZoneOffset.UTC)));
    }
  }

  @Test
  void everyCheckoutCarriesItsOwnIdempotencyKey() {
    List<String> keys =
        shop.requests("POST /api/checkout").stream().map(FakeShop.Request::idempotencyKey).toList();

    assertThat(keys).doesNotContainNull().doesNotHaveDuplicates();
  }

  @Test
  void addToCartBodiesNameAListedProductAndAQuantityFromOneToTen() throws Exception {
    for (FakeShop.Request add : shop.requests("POST /api/cart")) {
      JsonNode body = json.readTree(add.body());
      assertThat(fieldNames(body)).containsExactly("userId", "item");
      assertThat(fieldNames(body.get("item"))).containsExactly("productId", "quantity");
      assertThat(body.at("/item/productId").asText()).isIn(FakeShop.PRODUCT_IDS);
      assertThat(body.at("/item/quantity").asInt()).isBetween(1, 10);
    }
  }

  private static boolean luhnValid(String number) {
    int sum = 0;
    for (int i = 0; i < number.length(); i++) {
      int digit = number.charAt(number.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }
}
