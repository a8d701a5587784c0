package dev.observatory.shop.flags;

import java.util.Locale;

/** The shop's fault flags, their types and ranges. */
public enum Flag {
  /** Fraction of charges that fail, 0..1 (the demo's paymentFailure). */
  PAYMENT_FAILURE("paymentFailure", Kind.FRACTION, "fraction of payment charges that fail"),
  /** The payment service cannot be reached at all. */
  PAYMENT_UNREACHABLE("paymentUnreachable", Kind.BOOLEAN, "checkout cannot reach the payment service"),
  /** Every cart call fails. */
  CART_FAILURE("cartFailure", Kind.BOOLEAN, "every cart call fails"),
  /** Every product-catalog call fails. */
  PRODUCT_CATALOG_FAILURE("productCatalogFailure", Kind.BOOLEAN, "every product-catalog call fails"),
  /** Extra latency of the shipping quote, in milliseconds. */
  SHIPPING_QUOTE_DELAY_MS("shippingQuoteDelayMs", Kind.MILLIS, "extra latency of GetQuote, in ms"),
  /** Extra latency of every cart call, in milliseconds. */
  CART_DELAY_MS("cartDelayMs", Kind.MILLIS, "extra latency of every cart call, in ms");

  enum Kind {
    FRACTION("a number from 0 to 1"),
    BOOLEAN("true or false"),
    MILLIS("a whole number of milliseconds from 0 to " + MAX_DELAY_MS);

    private final String expected;

    Kind(String expected) {
      this.expected = expected;
    }
  }

  static final long MAX_DELAY_MS = 600_000;

  private final String flagName;
  final Kind kind;
  private final String description;

  Flag(String flagName, Kind kind, String description) {
    this.flagName = flagName;
    this.kind = kind;
    this.description = description;
  }

  /** The name used on the command line, over HTTP and in scenarios: {@code paymentFailure}. */
  public String flagName() {
    return flagName;
  }

  public String description() {
    return description;
  }

  public static java.util.Optional<Flag> byName(String name) {
    return java.util.Arrays.stream(values()).filter(f -> f.flagName.equals(name)).findFirst();
  }

  /** Every flag name, sorted, for messages. */
  public static String knownNames() {
    return java.util.Arrays.stream(values()).map(Flag::flagName).sorted().collect(java.util.stream.Collectors.joining(", "));
  }

  /** What a value of this flag looks like: {@code paymentFailure must be a number from 0 to 1}. */
  public String expectation() {
    return flagName + " must be " + kind.expected;
  }

  /**
   * The value in the form the admin endpoint prints it ({@code 0.5}, {@code true}, {@code 250}).
   *
   * @throws IllegalArgumentException saying what the flag takes
   */
  public String canonical(String text) {
    Object v = present(parse(text));
    return v instanceof Double d ? new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString() : v.toString();
  }

  /** Parses a value for this flag, as a double (booleans are 0 or 1); names the problem. */
  double parse(String text) {
    String t = text == null ? "" : text.trim();
    switch (kind) {
      case BOOLEAN -> {
        return switch (t.toLowerCase(Locale.ROOT)) {
          case "true", "1", "on" -> 1;
          case "false", "0", "off" -> 0;
          default -> throw new IllegalArgumentException(expectation() + ", not \"" + t + "\"");
        };
      }
      case FRACTION -> {
        double v = number(t);
        if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException(expectation() + ", not " + t);
        return v;
      }
      default -> {
        double v = number(t);
        if (!(v >= 0 && v <= MAX_DELAY_MS) || v != Math.rint(v)) {
          throw new IllegalArgumentException(expectation() + ", not " + t);
        }
        return v;
      }
    }
  }

  private double number(String t) {
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(expectation() + ", not \"" + t + "\"");
    }
  }

  /** The value as it reads in JSON: a boolean, a fraction or whole milliseconds. */
  Object present(double value) {
    return switch (kind) {
      case BOOLEAN -> value != 0;
      case FRACTION -> value;
      case MILLIS -> (long) value;
    };
  }
}
