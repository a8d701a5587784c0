package dev.observatory.shop.payment;

/**
 * A card the shop will not charge. The message is meant for the customer and for logs: it
 * names the problem and at most the card's last four digits, never the number or the CVV.
 */
public final class InvalidCardException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the card was refused, for metrics and for mapping to a response. */
  public enum Reason {
    INVALID_NUMBER,
    UNSUPPORTED_TYPE,
    INVALID_EXPIRATION,
    EXPIRED,
    INVALID_CVV
  }

  private final Reason reason;

  InvalidCardException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
