package dev.observatory.shop.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {
  @ParameterizedTest(name = "\"{0}\" is {1} units and {2} nanos")
  @CsvSource({
    "12.34, 12, 340000000",
    "0, 0, 0",
    "-1.75, -1, -750000000",
    "-0.5, 0, -500000000",
    "0.000000001, 0, 1",
    "1000000, 1000000, 0",
    "9223372036854775807.999999999, 9223372036854775807, 999999999"
  })
  void aDecimalSplitsIntoUnitsAndNanosWithTheSameSign(String decimal, long units, int nanos) {
    Money money = Money.of("USD", decimal);
    assertThat(money).isEqualTo(new Money("USD", units, nanos));
    assertThat(money.toBigDecimal()).isEqualByComparingTo(decimal);
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {"", "1.", ".5", "1e3", "+1", "12,34", " 1", "1.0000000001", "abc"})
  void anythingButAPlainDecimalWithAtMostNineDecimalsIsRefusedNamingIt(String decimal) {
    assertThatThrownBy(() -> Money.of("USD", decimal))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + decimal + "\"");
  }

  @Test
  void anAmountTooLargeForALongOfUnitsIsAnArithmeticError() {
    assertThatThrownBy(() -> Money.of("USD", "9223372036854775808")).isInstanceOf(ArithmeticException.class);
  }

  @ParameterizedTest(name = "units {0} with nanos {1} is refused: {2}")
  @CsvSource({
    "0, 1000000000, nanos must be in",
    "0, -1000000000, nanos must be in",
    "1, -1, same sign",
    "-1, 1, same sign"
  })
  void nanosOutOfRangeOrOfTheOtherSignAreRefused(long units, int nanos, String message) {
    assertThatThrownBy(() -> new Money("USD", units, nanos))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message)
        .hasMessageContaining(String.valueOf(nanos));
  }

  @ParameterizedTest(name = "\"{0}\" is not a currency code")
  @ValueSource(strings = {"usd", "US", "USDD", "U5D", ""})
  void aCurrencyCodeIsThreeUpperCaseLetters(String code) {
    assertThatThrownBy(() -> Money.zero(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + code + "\"");
    assertThatThrownBy(() -> new Money(null, 1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource({
    "1.50, 2.75, 4.25",
    "0.999999999, 0.000000001, 1",
    "-1.75, 0.5, -1.25",
    "1.25, -1.75, -0.5",
    "-0.6, -0.6, -1.2",
    "5, -5, 0",
    "-3.2, 5.1, 1.9",
    "0, -0.000000001, -0.000000001"
  })
  void sumsCarryNanosIntoUnitsAndKeepTheSignsAgreeing(String a, String b, String sum) {
    assertThat(Money.of("EUR", a).plus(Money.of("EUR", b))).isEqualTo(Money.of("EUR", sum));
    assertThat(Money.of("EUR", b).plus(Money.of("EUR", a))).isEqualTo(Money.of("EUR", sum));
  }

  @Test
  void addingAnotherCurrencyIsRefusedNamingBoth() {
    assertThatThrownBy(() -> Money.of("USD", "1").plus(Money.of("EUR", "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EUR")
        .hasMessageContaining("USD");
  }

  @Test
  void aSumBeyondALongOfUnitsIsAnArithmeticError() {
    Money max = new Money("USD", Long.MAX_VALUE, 0);
    assertThatThrownBy(() -> max.plus(Money.of("USD", "1"))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
  }

  @ParameterizedTest(name = "{0} × {1} = {2}")
  @CsvSource({
    "12.34, 3, 37.02",
    "0.333333333, 3, 0.999999999",
    "-0.5, 3, -1.5",
    "19.99, -2, -39.98",
    "1.99, 0, 0",
    "0.1, 10, 1"
  })
  void multiplyingByAQuantityIsExact(String amount, long quantity, String product) {
    assertThat(Money.of("USD", amount).times(quantity)).isEqualTo(Money.of("USD", product));
  }

  @ParameterizedTest(name = "{0} {1} displays as \"{2}\"")
  @CsvSource({
    "USD, 1234.5, 'USD 1,234.50'",
    "USD, 0, USD 0.00",
    "USD, -0.75, USD -0.75",
    "USD, -1234567.891, 'USD -1,234,567.89'",
    "USD, 999.995, 'USD 1,000.00'",
    "USD, 0.125, USD 0.12",
    "USD, -0.001, USD 0.00",
    "EUR, 100, EUR 100.00",
    "JPY, 1234.5, 'JPY 1,234'",
    "KRW, 1000000, 'KRW 1,000,000'",
    "BHD, 1.2345, BHD 1.234",
    "ZZZ, 1, ZZZ 1.00"
  })
  void displayUsesTheCurrencysMinorDigitsRoundingHalfEven(String code, String amount, String shown) {
    assertThat(Money.of(code, amount).display()).isEqualTo(shown);
  }

  @ParameterizedTest(name = "{0} is negative: {1}")
  @CsvSource({"-1, true", "-0.000000001, true", "0, false", "0.01, false", "-3.5, true"})
  void negativeMeansBelowZero(String amount, boolean negative) {
    assertThat(Money.of("USD", amount).isNegative()).isEqualTo(negative);
  }

  @Test
  void toBigDecimalDropsTrailingZerosButKeepsWholeNumbersPlain() {
    assertThat(Money.of("USD", "12.50").toBigDecimal()).isEqualTo(new BigDecimal("12.5"));
    assertThat(Money.of("USD", "100").toBigDecimal()).isEqualTo(new BigDecimal("100"));
    assertThat(Money.of("USD", "100").toBigDecimal().toPlainString()).isEqualTo("100");
  }

  @Test
  void aMoneyFromABigDecimalWithMoreThanNineDecimalsIsRefusedRatherThanRounded() {
    assertThatThrownBy(() -> Money.of("USD", new BigDecimal("0.0000000001")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.0000000001");
  }

  @Test
  void jsonIsTheDemosCurrencyCodeUnitsNanosShapeBothWays() throws Exception {
    Money money = Money.of("USD", "-12.34");
    String expected = "{\"currencyCode\":\"USD\",\"units\":-12,\"nanos\":-340000000}";
    for (ObjectMapper mapper : new ObjectMapper[] {new ObjectMapper(), Jackson.newObjectMapper()}) {
      assertThat(mapper.writeValueAsString(money)).isEqualTo(expected);
      assertThat(mapper.readValue(expected, Money.class)).isEqualTo(money);
    }
  }

  @Test
  void jsonThatBreaksTheRulesIsRefusedWhenRead() {
    ObjectMapper mapper = Jackson.newObjectMapper();
    assertThatThrownBy(() -> mapper.readValue("{\"currencyCode\":\"USD\",\"units\":1,\"nanos\":-5}", Money.class))
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .hasStackTraceContaining("same sign");
  }
}
