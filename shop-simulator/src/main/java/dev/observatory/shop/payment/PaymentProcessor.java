package dev.observatory.shop.payment;

import dev.observatory.shop.money.Money;
import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Charges a card, the way the demo's payment service does: validate the amount and the card,
 * then answer with a new transaction id. No money moves. Thread-safe if the id supplier is.
 */
public final class PaymentProcessor {
  private final Supplier<String> transactionIds;

  /** Transaction ids are random UUIDs. */
  public PaymentProcessor() {
    this(() -> UUID.randomUUID().toString());
  }

  /** Transaction ids come from {@code transactionIds} (tests pass a fixed sequence). */
  public PaymentProcessor(Supplier<String> transactionIds) {
    this.transactionIds = Objects.requireNonNull(transactionIds, "transactionIds");
  }

  /**
   * Charges {@code amount} to {@code card} in month {@code now}.
   *
   * @throws IllegalArgumentException if the amount is zero or negative
   * @throws InvalidCardException if the card is refused
   */
  public ChargeResult charge(Money amount, CreditCard card, YearMonth now) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative() || (amount.units() == 0 && amount.nanos() == 0)) {
      throw new IllegalArgumentException("a charge must be positive, not " + amount.display());
    }
    CardType type = CardValidator.validate(card, now);
    return new ChargeResult(transactionIds.get(), type, card.lastFour());
  }
}
