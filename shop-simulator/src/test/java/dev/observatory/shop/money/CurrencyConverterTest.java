package dev.observatory.shop.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CurrencyConverterTest {
  private final CurrencyConverter converter = CurrencyConverter.bundled();

  @Test
  void theBundledRatesCoverAtLeastThirtyCurrenciesSortedIncludingTheMajorOnes() {
    assertThat(converter.supported())
        .hasSizeGreaterThanOrEqualTo(30)
        .contains("USD", "EUR", "GBP", "JPY", "CAD", "AUD", "CHF", "CNY", "INR", "BRL", "KRW", "TRY");
    assertThat(List.copyOf(converter.supported())).isSorted();
    assertThatThrownBy(() -> converter.supported().add("XXX")).isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest(name = "{0} {1} is {2} {3}")
  @CsvSource({
    // By hand from the ECB rates of 2024-07-31 (USD 1.0828, JPY 162.76, GBP 0.84380 per EUR),
    // rounded half-even to nanos.
    "EUR, 100, USD, 108.28",
    "USD, 108.28, EUR, 100",
    "USD, 10, EUR, 9.235315848",
    "USD, -5, EUR, -4.617657924",
    "USD, 1, JPY, 150.314000739",
    "USD, 19.99, GBP, 15.577726265",
    "GBP, 0.8438, USD, 1.0828",
    "JPY, 0, CHF, 0"
  })
  void conversionGoesThroughTheEuroAndRoundsHalfEvenToNanos(String from, String amount, String to, String expected) {
    assertThat(converter.convert(Money.of(from, amount), to)).isEqualTo(Money.of(to, expected));
  }

  @Test
  void convertingIntoTheSameCurrencyChangesNothing() {
    Money money = Money.of("KRW", "1234.5");
    assertThat(converter.convert(money, "KRW")).isSameAs(money);
  }

  @Test
  void everyPairRoundTripsToTheSameDisplayedAmount() {
    // The error of a round trip is about half a nano times the ratio of the two rates, so
    // IDR → AUD → IDR can be off by a few millionths: far below any minor unit.
    List<String> problems = new ArrayList<>();
    for (String from : converter.supported()) {
      for (String to : converter.supported()) {
        for (String amount : List.of("0.01", "19.99", "1234567.89")) {
          Money start = Money.of(from, amount);
          Money back = converter.convert(converter.convert(start, to), from);
          if (!back.display().equals(start.display())
              || back.toBigDecimal().subtract(start.toBigDecimal()).abs().compareTo(new BigDecimal("0.0001")) > 0) {
            problems.add(start.display() + " → " + to + " → " + back.display());
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void aRoundTripThroughUsdKeepsTheCents() {
    Money price = Money.of("EUR", "149.95");
    assertThat(converter.convert(converter.convert(price, "USD"), "EUR").toBigDecimal())
        .isCloseTo(new BigDecimal("149.95"), within(new BigDecimal("0.000000001")));
  }

  @ParameterizedTest(name = "AAA {0} at 2 AAA per EUR is EUR {1}")
  @CsvSource({"0.000000001, 0", "0.000000003, 0.000000002", "0.000000005, 0.000000002", "-0.000000003, -0.000000002"})
  void halfANanoRoundsToTheEvenNano(String amount, String euros) {
    CurrencyConverter twoPerEuro = new CurrencyConverter(Map.of("EUR", BigDecimal.ONE, "AAA", new BigDecimal("2")));
    assertThat(twoPerEuro.convert(Money.of("AAA", amount), "EUR")).isEqualTo(Money.of("EUR", euros));
  }

  @ParameterizedTest(name = "\"{0}\" is not supported")
  @ValueSource(strings = {"XYZ", "usd", "HRK", "", "DOGE"})
  void anUnknownTargetCurrencyIsRefusedNamingTheCode(String code) {
    assertThat(converter.supports(code)).isFalse();
    assertThatThrownBy(() -> converter.convert(Money.of("USD", "1"), code))
        .isInstanceOfSatisfying(UnsupportedCurrencyException.class, e -> assertThat(e.code()).isEqualTo(code))
        .hasMessageContaining("\"" + code + "\"");
  }

  @Test
  void anUnknownSourceCurrencyIsRefusedToo() {
    assertThatThrownBy(() -> converter.convert(Money.of("XYZ", "1"), "USD"))
        .isInstanceOf(UnsupportedCurrencyException.class)
        .hasMessageContaining("XYZ");
    assertThat(converter.supports(null)).isFalse();
  }

  @Test
  void theMessageStaysShortWhateverTheClientSent() {
    String garbage = "X".repeat(10_000);
    assertThatThrownBy(() -> converter.convert(Money.of("USD", "1"), garbage))
        .isInstanceOf(UnsupportedCurrencyException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(100).doesNotContain("USD"));
  }

  @Test
  void ratesMustBePositiveAndBasedOnTheEuro() {
    assertThatThrownBy(() -> new CurrencyConverter(Map.of("EUR", BigDecimal.ONE, "USD", BigDecimal.ZERO)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("USD");
    assertThatThrownBy(() -> new CurrencyConverter(Map.of("USD", BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EUR");
    assertThatThrownBy(() -> new CurrencyConverter(Map.of("EUR", BigDecimal.ONE, "eur", BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"eur\"");
  }
}
