package dev.observatory.shop.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.observatory.shop.payment.InvalidCardException.Reason;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardValidatorTest {
  private static final YearMonth NOW = YearMonth.of(2026, 5);

  private static CreditCard card(String number) {
    return new CreditCard(number, 672, 2030, 1);
  }

  @ParameterizedTest(name = "{0} is a {1}")
  @CsvSource({
    "4111111111111111, VISA",
    "4012888888881881, VISA",
    "4222222222222, VISA",
    "4111111111111111110, VISA",
    "4111 1111 1111 1111, VISA",
    "4111-1111-1111-1111, VISA",
    "5555555555554444, MASTERCARD",
    "5105105105105100, MASTERCARD",
    "5555 5555-5555 4444, MASTERCARD",
    "2223003122003222, MASTERCARD",
    "2221000000000009, MASTERCARD",
    "2720000000000005, MASTERCARD"
  })
  void wellKnownVisaAndMasterCardTestNumbersAreAccepted(String number, CardType type) {
    assertThat(CardValidator.validate(card(number), NOW)).isEqualTo(type);
  }

  @ParameterizedTest(name = "\"{0}\" is refused: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "4111111111111112 | INVALID_NUMBER | Luhn",
        "4111111111111121 | INVALID_NUMBER | Luhn",
        "4111x11111111111 | INVALID_NUMBER | only digits, spaces and dashes",
        "4111.1111.1111.1111 | INVALID_NUMBER | only digits, spaces and dashes",
        "'' | INVALID_NUMBER | only digits, spaces and dashes",
        "' - ' | INVALID_NUMBER | only digits, spaces and dashes",
        "41111111111 | INVALID_NUMBER | 12 to 19 digits, this one has 11",
        "41111111111111111111 | INVALID_NUMBER | 12 to 19 digits, this one has 20",
        "411111111111116 | INVALID_NUMBER | Visa numbers have 13, 16 or 19 digits, not 15",
        "510000000000003 | INVALID_NUMBER | MasterCard numbers have 16 digits, not 15",
        "378282246310005 | UNSUPPORTED_TYPE | American Express cards are not accepted, only Visa and MasterCard (card ending 0005)",
        "371449635398431 | UNSUPPORTED_TYPE | American Express cards are not accepted",
        "6011111111111117 | UNSUPPORTED_TYPE | Discover cards are not accepted",
        "3530111333300000 | UNSUPPORTED_TYPE | JCB cards are not accepted",
        "30569309025904 | UNSUPPORTED_TYPE | Diners Club cards are not accepted",
        "6200000000000005 | UNSUPPORTED_TYPE | UnionPay cards are not accepted",
        "2200000000000004 | UNSUPPORTED_TYPE | Mir cards are not accepted",
        "5600000000000003 | UNSUPPORTED_TYPE | Maestro cards are not accepted",
        "2721000000000004 | UNSUPPORTED_TYPE | this card type is not accepted",
        "9000000000000001 | UNSUPPORTED_TYPE | this card type is not accepted, only Visa and MasterCard (card ending 0001)"
      })
  void aBadOrUnsupportedNumberIsRefusedWithAClearMessageThatNeverShowsTheNumber(String number, Reason reason, String message) {
    String digits = number.replaceAll("[^0-9]", "");
    assertThatThrownBy(() -> CardValidator.validate(card(number), NOW))
        .isInstanceOfSatisfying(InvalidCardException.class, e -> assertThat(e.reason()).isEqualTo(reason))
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(number.isBlank() ? "\u0000" : number))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(digits.length() > 4 ? digits : "\u0000"))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("672"));
  }

  @ParameterizedTest(name = "a card expiring {0}-{1} is valid in 2026-05: {2}")
  @CsvSource({
    "2026, 5, true",
    "2026, 6, true",
    "2027, 1, true",
    "2026, 4, false",
    "2025, 12, false",
    "2025, 5, false"
  })
  void aCardIsValidThroughItsExpirationMonth(int year, int month, boolean valid) {
    CreditCard card = new CreditCard("4111111111111111", 123, year, month);
    if (valid) {
      assertThat(CardValidator.validate(card, NOW)).isEqualTo(CardType.VISA);
    } else {
      assertThatThrownBy(() -> CardValidator.validate(card, NOW))
          .isInstanceOfSatisfying(InvalidCardException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EXPIRED))
          .hasMessage("card ending 1111: expired at the end of " + YearMonth.of(year, month));
    }
  }

  @ParameterizedTest(name = "expiration {0}-{1}, CVV {2} is refused: {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2030 | 0 | 123 | INVALID_EXPIRATION | the expiration month is 1 to 12, not 0",
        "2030 | 13 | 123 | INVALID_EXPIRATION | the expiration month is 1 to 12, not 13",
        "30 | 1 | 123 | INVALID_EXPIRATION | the expiration year has four digits, not 30",
        "2030 | 1 | 1000 | INVALID_CVV | the CVV has three digits",
        "2030 | 1 | -1 | INVALID_CVV | the CVV has three digits"
      })
  void aBadExpirationOrCvvIsRefused(int year, int month, int cvv, Reason reason, String message) {
    assertThatThrownBy(() -> CardValidator.validate(new CreditCard("5555555555554444", cvv, year, month), NOW))
        .isInstanceOfSatisfying(InvalidCardException.class, e -> assertThat(e.reason()).isEqualTo(reason))
        .hasMessage("card ending 4444: " + message);
  }

  @ParameterizedTest(name = "Luhn of {0} is {1}")
  @CsvSource({"79927398713, true", "79927398710, false", "0, true", "18, true", "4111111111111111, true", "4111111111111113, false"})
  void theLuhnCheckFollowsTheTextbookExamples(String digits, boolean valid) {
    assertThat(CardValidator.passesLuhn(digits)).isEqualTo(valid);
  }
}
