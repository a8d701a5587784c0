package dev.observatory.shop.payment;

import java.util.Objects;

/** A successful charge: the transaction id to keep with the order, and what was charged. */
public record ChargeResult(String transactionId, CardType cardType, String lastFour) {
  public ChargeResult {
    if (transactionId == null || transactionId.isBlank()) {
      throw new IllegalArgumentException("a charge needs a transaction id, not \"" + transactionId + "\"");
    }
    Objects.requireNonNull(cardType, "cardType");
    if (lastFour == null || !lastFour.matches("[0-9]{4}")) {
      throw new IllegalArgumentException("\"" + lastFour + "\": lastFour is four digits");
    }
  }
}
