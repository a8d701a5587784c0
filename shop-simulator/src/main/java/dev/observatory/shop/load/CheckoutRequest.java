package dev.observatory.shop.load;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** The body of {@code POST /api/checkout}, with the OpenTelemetry demo's field names. */
record CheckoutRequest(
    String userId, String userCurrency, Address address, String email, CreditCard creditCard) {

  record Address(String streetAddress, String city, String state, String country, String zipCode) {}

  record CreditCard(
      String creditCardNumber,
      int creditCardCvv,
      int creditCardExpirationYear,
      int creditCardExpirationMonth) {}

  /** Public test numbers that pass a Luhn check: VISA and MasterCard, which the shop accepts. */
  static final List<String> CARD_NUMBERS =
      List.of("4111111111111111", "4012888888881881", "5555555555554444", "5105105105105100");

  /** Shoppers to ship to, like the demo's people.json. */
  static final List<Address> ADDRESSES =
      List.of(
          new Address("1600 Amphitheatre Parkway", "Mountain View", "CA", "United States", "94043"),
          new Address("One Microsoft Way", "Redmond", "WA", "United States", "98052"),
          new Address("Avenida da Liberdade 110", "Lisbon", "Lisboa", "Portugal", "1269-046"),
          new Address("Karl-Liebknecht-Str. 29", "Berlin", "Berlin", "Germany", "10178"),
          new Address("1 Chome-1-2 Oshiage", "Sumida City", "Tokyo", "Japan", "131-0045"),
          new Address("Rue de Rivoli 99", "Paris", "Ile-de-France", "France", "75001"));

  private static final List<String> NAMES =
      List.of("ada", "carl", "henrietta", "edwin", "vera", "cecilia", "jocelyn", "subrahmanyan");

  /**
   * A plausible order: random shopper, card and a card expiry between next month and five years
   * after {@code clock}'s date, so the shop's payment service never rejects it as expired.
   */
  static CheckoutRequest random(
      String userId, String currency, SplittableRandom random, Clock clock) {
    Address address = ADDRESSES.get(random.nextInt(ADDRESSES.size()));
    String email = NAMES.get(random.nextInt(NAMES.size())) + "@example.com";
    LocalDate expiry = LocalDate.now(clock).plusMonths(1 + random.nextInt(60));
    CreditCard card =
        new CreditCard(
            CARD_NUMBERS.get(random.nextInt(CARD_NUMBERS.size())),
            100 + random.nextInt(900),
            expiry.getYear(),
            expiry.getMonthValue());
    return new CheckoutRequest(userId, currency, address, email, card);
  }
}
