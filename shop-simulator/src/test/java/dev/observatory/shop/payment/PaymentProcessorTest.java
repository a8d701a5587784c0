package dev.observatory.shop.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.observatory.shop.money.Money;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentProcessorTest {
  private static final YearMonth NOW = YearMonth.of(2026, 5);
  private static final CreditCard VISA = new CreditCard("4111-1111-1111-1111", 672, 2030, 1);

  @Test
  void aValidChargeAnswersWithTheNextTransactionIdAndWhatWasCharged() {
    Iterator<String> ids = List.of("tx-1", "tx-2").iterator();
    PaymentProcessor processor = new PaymentProcessor(ids::next);
    assertThat(processor.charge(Money.of("USD", "149.99"), VISA, NOW)).isEqualTo(new ChargeResult("tx-1", CardType.VISA, "1111"));
    assertThat(processor.charge(Money.of("JPY", "1"), new CreditCard("2223003122003222", 1, 2026, 5), NOW))
        .isEqualTo(new ChargeResult("tx-2", CardType.MASTERCARD, "3222"));
  }

  @Test
  void transactionIdsAreRandomUuidsByDefault() {
    PaymentProcessor processor = new PaymentProcessor();
    String first = processor.charge(Money.of("USD", "1"), VISA, NOW).transactionId();
    String second = processor.charge(Money.of("USD", "1"), VISA, NOW).transactionId();
    assertThat(UUID.fromString(first).toString()).isEqualTo(first);
    assertThat(second).isNotEqualTo(first);
  }

  @ParameterizedTest(name = "USD {0} cannot be charged")
  @ValueSource(strings = {"0", "-0.01", "-100"})
  void aZeroOrNegativeAmountIsRefused(String amount) {
    PaymentProcessor processor = new PaymentProcessor(() -> "tx");
    assertThatThrownBy(() -> processor.charge(Money.of("USD", amount), VISA, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be positive");
  }

  @Test
  void aRefusedCardTakesNoTransactionId() {
    PaymentProcessor processor =
        new PaymentProcessor(
            () -> {
              throw new AssertionError("no id for a refused card");
            });
    assertThatThrownBy(() -> processor.charge(Money.of("USD", "10"), new CreditCard("378282246310005", 1234, 2030, 1), NOW))
        .isInstanceOf(InvalidCardException.class)
        .hasMessageContaining("American Express");
  }
}
