package dev.observatory.shop.app;

/** A call to another service failed: its HTTP status (0 when unreachable) and one-line message. */
public final class PeerException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String service;
  private final int status;

  public PeerException(String service, int status, String message) {
    super(message);
    this.service = service;
    this.status = status;
  }

  public String service() {
    return service;
  }

  /** The peer's HTTP status, or 0 when it could not be reached. */
  public int status() {
    return status;
  }

  public boolean clientError() {
    return status >= 400 && status < 500;
  }
}
