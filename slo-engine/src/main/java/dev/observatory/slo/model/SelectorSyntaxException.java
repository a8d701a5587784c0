package dev.observatory.slo.model;

/** A selector that does not parse; {@link #offset()} is the 0-based character where it went wrong. */
public final class SelectorSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final int offset;

  public SelectorSyntaxException(int offset, String message) {
    super(message);
    this.offset = offset;
  }

  public int offset() {
    return offset;
  }
}
