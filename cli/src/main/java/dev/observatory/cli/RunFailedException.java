package dev.observatory.cli;

/** A command that could not do its work (a server down, a failed run): exit code 1, the message as it is. */
final class RunFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RunFailedException(String message) {
    super(message);
  }
}
