package dev.observatory.slo.simulate;

/** How a span's minute counts scatter around their expected values. */
public enum Noise {
  /** Counts drawn from Poisson distributions: what real traffic looks like. */
  POISSON("poisson"),
  /**
   * Expected values, rounded so that running totals stay exact (the rounding error never builds
   * up): constant traffic gives constant counts, for tests that compute results by hand.
   */
  NONE("none");

  private final String label;

  Noise(String label) {
    this.label = label;
  }

  /** The name used in scenario files. */
  public String label() {
    return label;
  }
}
