package dev.observatory.shop.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.observatory.shop.money.Money;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfirmationEmailTest {
  // Run with -Dgolden.update=true to rewrite the file after an intended change.
  private static final Path GOLDEN = Path.of("src/test/resources/dev/observatory/shop/email/confirmation.html");

  private static final List<OrderLine> LINES =
      List.of(
          new OrderLine("Zenith 8-inch Dobsonian", 1, Money.of("USD", "699")),
          new OrderLine("Planetary 6mm 58-Degree Eyepiece", 2, Money.of("USD", "79")));

  @Test
  void theEmailMatchesTheGoldenFile() throws Exception {
    String html = ConfirmationEmail.render("b1d2c3e4-0000-4000-8000-000000000001", "QK-44418-220918274", Money.of("USD", "9.99"), LINES, Money.of("USD", "866.99"));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, html, StandardCharsets.UTF_8);
    }
    assertThat(html).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void everyLineShowsItsQuantityUnitPriceAndSubtotal() {
    String html = ConfirmationEmail.render("o-1", "t-1", Money.zero("JPY"), List.of(new OrderLine("Star Atlas", 3, Money.of("JPY", "5000"))), Money.of("JPY", "15000"));
    assertThat(html).contains("<tr><td>Star Atlas</td><td>3</td><td>JPY 5,000</td><td>JPY 15,000</td></tr>");
  }

  @ParameterizedTest(name = "{0} becomes {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<script>alert(1)</script> | &lt;script&gt;alert(1)&lt;/script&gt;",
        "Barlow & Zoom | Barlow &amp; Zoom",
        "8\" Dobsonian | 8&quot; Dobsonian",
        "Observer's Guide | Observer&#39;s Guide",
        "&lt; is not < | &amp;lt; is not &lt;"
      })
  void everyPieceOfTextIsEscaped(String raw, String escaped) {
    String html = ConfirmationEmail.render(raw, raw, Money.zero("USD"), List.of(new OrderLine(raw, 1, Money.of("USD", "1"))), Money.of("USD", "1"));
    assertThat(html).doesNotContain(raw).contains("<title>Your Astronomy Shop order " + escaped + "</title>");
    assertThat(html).contains("<strong>" + escaped + "</strong> is confirmed", "Tracking number: <strong>" + escaped + "</strong>", "<tr><td>" + escaped + "</td>");
  }

  @Test
  void anEmailNeedsAnOrderIdATrackingIdAndAtLeastOneLine() {
    Money one = Money.of("USD", "1");
    assertThatThrownBy(() -> ConfirmationEmail.render(" ", "t", one, LINES, one)).hasMessageContaining("orderId");
    assertThatThrownBy(() -> ConfirmationEmail.render("o", null, one, LINES, one)).hasMessageContaining("trackingId");
    assertThatThrownBy(() -> ConfirmationEmail.render("o-7", "t", one, List.of(), one)).hasMessageContaining("o-7").hasMessageContaining("at least one");
  }

  @ParameterizedTest(name = "quantity {0} is refused")
  @CsvSource({"0", "-1"})
  void anOrderLineHasAtLeastOneItem(int quantity) {
    assertThatThrownBy(() -> new OrderLine("Scope", quantity, Money.of("USD", "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Scope: quantity " + quantity + " must be at least 1");
  }

  @Test
  void anOrderLineCannotCostLessThanNothing() {
    assertThatThrownBy(() -> new OrderLine("Scope", 1, Money.of("USD", "-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("USD -1.00");
  }
}
