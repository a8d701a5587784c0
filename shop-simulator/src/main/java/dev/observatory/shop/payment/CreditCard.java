package dev.observatory.shop.payment;

import java.util.Objects;

/**
 * A card as the customer typed it (the number may contain spaces or dashes). Only the
 * {@link CardValidator} judges it; the record itself only requires a number. Its
 * {@code toString()} is safe to log: everything but the last four digits is masked, and the
 * CVV is never shown.
 */
public record CreditCard(String number, int cvv, int expirationYear, int expirationMonth) {
  // A string shorter than any card number is shown not at all, rather than mostly.
  private static final int MIN_DIGITS_TO_SHOW_LAST_FOUR = 12;

  public CreditCard {
    Objects.requireNonNull(number, "number");
  }

  /**
   * The last four digits of the number, or an empty string when the number has fewer than 12
   * digits (too short to be a card number, so too short to show a part of).
   */
  public String lastFour() {
    String digits = number.replaceAll("[^0-9]", "");
    return digits.length() < MIN_DIGITS_TO_SHOW_LAST_FOUR ? "" : digits.substring(digits.length() - 4);
  }

  @Override
  public String toString() {
    return "CreditCard[number=****" + lastFour() + ", cvv=***, expirationYear=" + expirationYear
        + ", expirationMonth=" + expirationMonth + "]";
  }
}
