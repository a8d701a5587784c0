package dev.observatory.shop.checkout;

import dev.observatory.shop.api.Address;
import dev.observatory.shop.api.PlaceOrderRequest;
import dev.observatory.shop.app.ShopErrors;
import java.util.regex.Pattern;

/** What a PlaceOrder request must hold before any service is called; each failure names its field. */
public final class CheckoutValidation {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private CheckoutValidation() {}

  public static void check(PlaceOrderRequest r) {
    if (r == null) throw ShopErrors.badRequest("the request body must be a checkout JSON object");
    require(r.userId(), "userId");
    require(r.userCurrency(), "userCurrency");
    if (!CURRENCY.matcher(r.userCurrency()).matches()) throw ShopErrors.badRequest("userCurrency must be a three-letter currency code such as USD");
    require(r.email(), "email");
    if (!EMAIL.matcher(r.email()).matches()) throw ShopErrors.badRequest("email is not an email address");
    Address a = r.address();
    if (a == null) throw ShopErrors.badRequest("address is required");
    require(a.streetAddress(), "address.streetAddress");
    require(a.city(), "address.city");
    require(a.country(), "address.country");
    require(a.zipCode(), "address.zipCode");
    if (a.state() == null) throw ShopErrors.badRequest("address.state is required (it may be empty)");
    if (r.creditCard() == null) throw ShopErrors.badRequest("creditCard is required");
    require(r.creditCard().creditCardNumber(), "creditCard.creditCardNumber");
    if (r.creditCard().creditCardCvv() == null) throw ShopErrors.badRequest("creditCard.creditCardCvv is required");
    if (r.creditCard().creditCardExpirationYear() == null) throw ShopErrors.badRequest("creditCard.creditCardExpirationYear is required");
    if (r.creditCard().creditCardExpirationMonth() == null) throw ShopErrors.badRequest("creditCard.creditCardExpirationMonth is required");
  }

  private static void require(String value, String field) {
    if (value == null || value.isBlank()) throw ShopErrors.badRequest(field + " is required");
    if (value.length() > 200) throw ShopErrors.badRequest(field + " is longer than 200 characters");
  }
}
