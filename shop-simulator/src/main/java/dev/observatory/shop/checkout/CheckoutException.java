package dev.observatory.shop.checkout;

/** A checkout that cannot go on, with the HTTP status to answer. */
final class CheckoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final int status;

  CheckoutException(int status, String message) {
    super(message);
    this.status = status;
  }
}
