package dev.observatory.shop.api;

/**
 * A card as the checkout form sends it. It lives only for the length of a request: its
 * {@code toString} masks the number and hides the CVV, so it cannot leak into logs by accident.
 */
public record CreditCardInfo(String creditCardNumber, Integer creditCardCvv, Integer creditCardExpirationYear, Integer creditCardExpirationMonth) {
  public String lastFour() {
    String digits = creditCardNumber == null ? "" : creditCardNumber.replaceAll("[^0-9]", "");
    return digits.length() < 4 ? digits : digits.substring(digits.length() - 4);
  }

  @Override
  public String toString() {
    return "CreditCardInfo[number=****" + lastFour() + ", cvv=***, expiration=" + creditCardExpirationYear + "-" + creditCardExpirationMonth + "]";
  }
}
