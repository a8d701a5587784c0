package dev.observatory.shop.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditCardTest {
  @ParameterizedTest(name = "\"{0}\" shows only \"{1}\"")
  @CsvSource({
    "4111111111111111, 1111",
    "5555 5555 5555 4444, 4444",
    "2223-0031-2200-3222, 3222",
    "41111111111, ''",
    "'', ''"
  })
  void onlyTheLastFourDigitsOfARealLengthNumberAreShown(String number, String lastFour) {
    CreditCard card = new CreditCard(number, 987, 2030, 7);
    assertThat(card.lastFour()).isEqualTo(lastFour);
    assertThat(card.toString())
        .isEqualTo("CreditCard[number=****" + lastFour + ", cvv=***, expirationYear=2030, expirationMonth=7]")
        .doesNotContain("987");
  }

  @Test
  void toStringNeverShowsTheNumber() {
    CreditCard card = new CreditCard("4111 1111 1111 1111", 123, 2030, 1);
    assertThat(card.toString()).doesNotContain("4111 1111").doesNotContain("41111111").doesNotContain("123");
  }
}
