package dev.observatory.cli;

/** Input the user must fix (a bad spec, flag or file): exit code 2, the message printed as it is. */
final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InvalidInputException(String message) {
    super(message);
  }
}
