package dev.observatory.slo.model;

import java.time.Duration;
import java.util.Objects;

/**
 * One multi-window burn-rate condition: it fires while the burn rate exceeds {@code factor}
 * over both the long and the short window (SRE workbook, "Alerting on SLOs", method 6).
 */
public record BurnRateAlert(Severity severity, Duration longWindow, Duration shortWindow, double factor) {
  public BurnRateAlert {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(longWindow, "longWindow");
    Objects.requireNonNull(shortWindow, "shortWindow");
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException(factor + ": a burn-rate factor must be positive");
    }
    if (shortWindow.compareTo(longWindow) >= 0) {
      throw new IllegalArgumentException(
          "short window " + Durations.format(shortWindow) + " must be shorter than long window " + Durations.format(longWindow));
    }
  }

  /**
   * Whether this pair can ever fire for an SLO with the given error budget: the burn rate is at
   * most {@code 1 / errorBudget} (every event bad), so a factor at or above that never trips.
   */
  public boolean canFire(double errorBudget) {
    return factor * errorBudget < 1.0;
  }

  @Override
  public String toString() {
    return severity.label() + " " + factor + "x over " + Durations.format(longWindow) + "/" + Durations.format(shortWindow);
  }
}
