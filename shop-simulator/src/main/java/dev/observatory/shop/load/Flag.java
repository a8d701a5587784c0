package dev.observatory.shop.load;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The shop's fault flags as a scenario may set them, each with the kind of value it takes.
 * {@link #canonical} turns a YAML scalar into the text body the admin endpoint expects.
 */
enum Flag {
  PAYMENT_FAILURE("paymentFailure", Kind.FRACTION),
  PAYMENT_UNREACHABLE("paymentUnreachable", Kind.BOOLEAN),
  CART_FAILURE("cartFailure", Kind.BOOLEAN),
  PRODUCT_CATALOG_FAILURE("productCatalogFailure", Kind.BOOLEAN),
  SHIPPING_QUOTE_DELAY_MS("shippingQuoteDelayMs", Kind.MILLIS),
  CART_DELAY_MS("cartDelayMs", Kind.MILLIS);

  enum Kind {
    FRACTION("a number from 0 to 1"),
    BOOLEAN("true or false"),
    MILLIS("a whole number of milliseconds from 0 to 600000");

    private final String expected;

    Kind(String expected) {
      this.expected = expected;
    }
  }

  private final String flagName;
  private final Kind kind;

  Flag(String flagName, Kind kind) {
    this.flagName = flagName;
    this.kind = kind;
  }

  String flagName() {
    return flagName;
  }

  static Optional<Flag> byName(String name) {
    return Arrays.stream(values()).filter(f -> f.flagName.equals(name)).findFirst();
  }

  static String knownNames() {
    return Arrays.stream(values()).map(Flag::flagName).sorted().collect(Collectors.joining(", "));
  }

  /**
   * The admin body for {@code value}, or empty if the value does not fit this flag.
   */
  Optional<String> canonical(String value) {
    String v = value.trim();
    switch (kind) {
      case BOOLEAN:
        return v.equals("true") || v.equals("false") ? Optional.of(v) : Optional.empty();
      case FRACTION:
        try {
          BigDecimal d = new BigDecimal(v);
          if (d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0) {
            return Optional.empty();
          }
          return Optional.of(d.stripTrailingZeros().toPlainString());
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      case MILLIS:
        if (!v.matches("\\d{1,6}") || Long.parseLong(v) > 600_000) {
          return Optional.empty();
        }
        return Optional.of(Long.toString(Long.parseLong(v)));
      default:
        throw new AssertionError(kind);
    }
  }

  /** The message for a bad value: {@code paymentFailure must be a number from 0 to 1}. */
  String expectation() {
    return flagName + " must be " + kind.expected;
  }
}
