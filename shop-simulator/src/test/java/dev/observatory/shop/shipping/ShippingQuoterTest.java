package dev.observatory.shop.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.observatory.shop.money.Money;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShippingQuoterTest {
  private final ShippingQuoter quoter = new ShippingQuoter(new Random(42));

  @ParameterizedTest(name = "{0} items ship for USD {1}")
  @CsvSource({
    "0, 0",
    "1, 5.99",
    "2, 9.99",
    "3, 9.99",
    "4, 14.99",
    "6, 14.99",
    "7, 19.99",
    "10, 19.99",
    "11, 29.99",
    "20, 29.99",
    "21, 49.99",
    "2147483647, 49.99"
  })
  void theQuoteIsAFixedPriceTierPerItemCount(int items, String usd) {
    assertThat(quoter.quote(items)).isEqualTo(Money.of("USD", usd));
  }

  @Test
  void theSameCountAlwaysCostsTheSameWhateverTheRandomness() {
    assertThat(new ShippingQuoter(new Random(1)).quote(5)).isEqualTo(new ShippingQuoter(new Random(2)).quote(5));
  }

  @ParameterizedTest(name = "{0} items are refused")
  @ValueSource(ints = {-1, Integer.MIN_VALUE})
  void aNegativeCountIsRefusedNamingIt(int items) {
    assertThatThrownBy(() -> quoter.quote(items))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(items + ":");
  }

  @ParameterizedTest(name = "salt of length {0} gives an id like {1}")
  @CsvSource({"0, '[A-Z]{2}-0[0-9]{3}-0[0-9]{7}'", "27, '[A-Z]{2}-27[0-9]{3}-13[0-9]{7}'", "5, '[A-Z]{2}-5[0-9]{3}-2[0-9]{7}'"})
  void trackingIdsHaveTheDemosShape(int saltLength, String pattern) {
    assertThat(quoter.trackingId("x".repeat(saltLength))).matches(pattern);
  }

  @Test
  void trackingIdsAreReproducibleWithASeedAndDifferOtherwise() {
    String salt = "1600 Amphitheatre Parkway, Mountain View, CA";
    assertThat(new ShippingQuoter(new Random(7)).trackingId(salt)).isEqualTo(new ShippingQuoter(new Random(7)).trackingId(salt));
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      ids.add(quoter.trackingId(salt));
    }
    assertThat(ids).hasSize(1000);
  }
}
