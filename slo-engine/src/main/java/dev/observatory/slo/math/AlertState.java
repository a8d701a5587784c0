package dev.observatory.slo.math;

/** The state of one multi-window burn-rate pair. */
public enum AlertState {
  /** Both windows have events and the pair does not fire. */
  OK,
  /** The burn rate exceeds the factor over both the long and the short window. */
  FIRING,
  /** At least one of the two windows has no events: unknown, never treated as OK. */
  NO_DATA
}
