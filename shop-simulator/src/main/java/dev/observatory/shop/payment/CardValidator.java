package dev.observatory.shop.payment;

import dev.observatory.shop.payment.InvalidCardException.Reason;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether the shop accepts a card: only digits (spaces and dashes are stripped), a valid
 * Luhn check digit, Visa or MasterCard with a length their issuers use, a real month, not
 * expired, a CVV of at most three digits. A card is valid through the whole of its expiration
 * month.
 */
public final class CardValidator {
  private CardValidator() {}

  /** Brands we recognise but do not accept, so that the refusal can name them. */
  private record OtherBrand(String name, int prefixLength, int from, int to) {
    boolean matches(String digits) {
      if (digits.length() < prefixLength) {
        return false;
      }
      int prefix = Integer.parseInt(digits.substring(0, prefixLength));
      return prefix >= from && prefix <= to;
    }
  }

  // Order matters where ranges nest: Discover's 622126-622925 lies inside UnionPay's 62.
  private static final List<OtherBrand> OTHER_BRANDS =
      List.of(
          new OtherBrand("American Express", 2, 34, 34),
          new OtherBrand("American Express", 2, 37, 37),
          new OtherBrand("Diners Club", 3, 300, 305),
          new OtherBrand("Diners Club", 2, 36, 36),
          new OtherBrand("Diners Club", 2, 38, 39),
          new OtherBrand("JCB", 4, 3528, 3589),
          new OtherBrand("Mir", 4, 2200, 2204),
          new OtherBrand("Discover", 4, 6011, 6011),
          new OtherBrand("Discover", 6, 622126, 622925),
          new OtherBrand("Discover", 3, 644, 649),
          new OtherBrand("Discover", 2, 65, 65),
          new OtherBrand("UnionPay", 2, 62, 62),
          new OtherBrand("Maestro", 2, 50, 50),
          new OtherBrand("Maestro", 2, 56, 58),
          new OtherBrand("Maestro", 2, 67, 67));

  /**
   * The card's type if the shop accepts the card in month {@code now}.
   *
   * @throws InvalidCardException naming the problem (and at most the last four digits)
   */
  public static CardType validate(CreditCard card, YearMonth now) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(now, "now");
    String digits = card.number().replace(" ", "").replace("-", "");
    if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidCardException(Reason.INVALID_NUMBER, "a card number has only digits, spaces and dashes");
    }
    if (digits.length() < 12 || digits.length() > 19) {
      throw new InvalidCardException(
          Reason.INVALID_NUMBER, "a card number has 12 to 19 digits, this one has " + digits.length());
    }
    String ending = "card ending " + card.lastFour();
    if (!passesLuhn(digits)) {
      throw new InvalidCardException(Reason.INVALID_NUMBER, ending + ": the number is mistyped (Luhn check failed)");
    }
    CardType type = type(digits, ending);
    checkLength(type, digits, ending);
    checkExpiration(card, now, ending);
    if (card.cvv() < 0 || card.cvv() > 999) {
      throw new InvalidCardException(Reason.INVALID_CVV, ending + ": the CVV has three digits");
    }
    return type;
  }

  /** The Luhn (mod 10) check over a string of digits. */
  static boolean passesLuhn(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }

  private static CardType type(String digits, String ending) {
    int two = Integer.parseInt(digits.substring(0, 2));
    int four = Integer.parseInt(digits.substring(0, 4));
    if (digits.charAt(0) == '4') {
      return CardType.VISA;
    }
    if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
      return CardType.MASTERCARD;
    }
    String brand =
        OTHER_BRANDS.stream().filter(b -> b.matches(digits)).map(b -> b.name() + " cards are").findFirst().orElse("this card type is");
    throw new InvalidCardException(Reason.UNSUPPORTED_TYPE, brand + " not accepted, only Visa and MasterCard (" + ending + ")");
  }

  private static void checkLength(CardType type, String digits, String ending) {
    int length = digits.length();
    boolean ok =
        switch (type) {
          case VISA -> length == 13 || length == 16 || length == 19;
          case MASTERCARD -> length == 16;
        };
    if (!ok) {
      String lengths = type == CardType.VISA ? "13, 16 or 19" : "16";
      throw new InvalidCardException(
          Reason.INVALID_NUMBER, ending + ": " + type.displayName() + " numbers have " + lengths + " digits, not " + length);
    }
  }

  private static void checkExpiration(CreditCard card, YearMonth now, String ending) {
    int month = card.expirationMonth();
    int year = card.expirationYear();
    if (month < 1 || month > 12) {
      throw new InvalidCardException(Reason.INVALID_EXPIRATION, ending + ": the expiration month is 1 to 12, not " + month);
    }
    if (year < 1000 || year > 9999) {
      throw new InvalidCardException(Reason.INVALID_EXPIRATION, ending + ": the expiration year has four digits, not " + year);
    }
    YearMonth expiration = YearMonth.of(year, month);
    if (expiration.isBefore(now)) {
      throw new InvalidCardException(Reason.EXPIRED, ending + ": expired at the end of " + expiration);
    }
  }
}
