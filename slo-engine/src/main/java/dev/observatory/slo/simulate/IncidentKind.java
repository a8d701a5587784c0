package dev.observatory.slo.simulate;

/** What a scheduled incident does to a span's traffic in a synthetic history. */
public enum IncidentKind {
  /** Every call fails. */
  OUTAGE("outage", true),
  /** A share of calls fails ({@code errorRatio}). */
  ERRORS("errors", true),
  /** Calls take {@code latencyFactor} times longer. */
  LATENCY("latency", true),
  /** A small error ratio held for long: budget drains slowly ({@code errorRatio}). */
  SLOW_BURN("slowBurn", true),
  /** The process restarts: its counters start again from 0. Not a degradation. */
  COUNTER_RESET("counterReset", false),
  /** Scrapes fail: no samples while the counters keep counting. Not a degradation. */
  GAP("gap", false);

  private final String label;
  private final boolean degradation;

  IncidentKind(String label, boolean degradation) {
    this.label = label;
    this.degradation = degradation;
  }

  /** The name used in scenario files. */
  public String label() {
    return label;
  }

  /**
   * Whether users suffer: the ground truth an alert policy should detect. Counter resets and gaps
   * are data events; an alert during them is a false positive.
   */
  public boolean degradation() {
    return degradation;
  }
}
