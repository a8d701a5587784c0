package dev.observatory.shop.money;

/** A currency code the {@link CurrencyConverter} has no rate for (the demo answers such a request with an error). */
public final class UnsupportedCurrencyException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_SHOWN = 16;

  private final String code;

  UnsupportedCurrencyException(String code, int supportedCount) {
    super(
        "unsupported currency code \"" + shorten(code) + "\": " + supportedCount + " currencies are supported");
    this.code = code;
  }

  /** The code as it was asked for (possibly null). */
  public String code() {
    return code;
  }

  // A client can send anything as a code; keep the message one short line.
  private static String shorten(String code) {
    if (code == null || code.length() <= MAX_SHOWN) {
      return String.valueOf(code);
    }
    return code.substring(0, MAX_SHOWN) + "…";
  }
}
