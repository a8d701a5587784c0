package dev.observatory.slo.alerting;

import java.util.Objects;

/** Whether a delivery attempt succeeded; a failure carries one line saying why (status and body, or the exception). */
public record SendResult(boolean sent, String error) {
  private static final int MAX_ERROR = 300;
  private static final SendResult OK = new SendResult(true, "");

  public SendResult {
    Objects.requireNonNull(error, "error");
    if (sent != error.isEmpty()) throw new IllegalArgumentException("a failed attempt needs an error, a successful one has none: " + error);
  }

  public static SendResult ok() {
    return OK;
  }

  /** A failure; the message is folded to one line and shortened. */
  public static SendResult failed(String error) {
    String line = error == null || error.isBlank() ? "unknown error" : error.strip().replaceAll("\\s+", " ");
    return new SendResult(false, line.length() > MAX_ERROR ? line.substring(0, MAX_ERROR - 1) + "…" : line);
  }
}
