package dev.observatory.slo.model;

import java.time.Duration;
import java.util.List;

/**
 * Alert windows expressed as shares of the error budget, the way Sloth's {@code AlertWindows}
 * files and the SRE workbook state them. Turning a share into a burn-rate factor depends on the
 * SLO's period: factor = budget share × period / long window (2% of a 30-day budget in 1 hour
 * is a burn rate of 14.4).
 */
public record AlertWindows(List<Share> shares) {
  /** One row: spend {@code budgetPercent} of the budget within {@code longWindow}. */
  public record Share(Severity severity, double budgetPercent, Duration longWindow, Duration shortWindow) {}

  /**
   * The SRE workbook's recommended parameters (Sloth's google-30d/google-28d windows): page on
   * 2% of the budget in 1h (5m confirmation) or 5% in 6h (30m); ticket on 10% in 1d (2h) or 10%
   * in 3d (6h).
   */
  public static final AlertWindows WORKBOOK =
      new AlertWindows(
          List.of(
              new Share(Severity.PAGE, 2, Duration.ofHours(1), Duration.ofMinutes(5)),
              new Share(Severity.PAGE, 5, Duration.ofHours(6), Duration.ofMinutes(30)),
              new Share(Severity.TICKET, 10, Duration.ofDays(1), Duration.ofHours(2)),
              new Share(Severity.TICKET, 10, Duration.ofDays(3), Duration.ofHours(6))));

  public AlertWindows {
    shares = List.copyOf(shares);
  }

  /** The burn-rate alerts for an SLO whose period is {@code period}. */
  public List<BurnRateAlert> policyFor(Duration period) {
    return shares.stream()
        .map(s -> new BurnRateAlert(s.severity(), s.longWindow(), s.shortWindow(), factor(s, period)))
        .toList();
  }

  private static double factor(Share share, Duration period) {
    // Rounded to 6 significant decimals so that 2% × 28d / 1h prints as 13.44, not 13.440000000000001.
    double raw = share.budgetPercent() / 100.0 * period.toMillis() / share.longWindow().toMillis();
    return new java.math.BigDecimal(raw).round(new java.math.MathContext(6)).doubleValue();
  }
}
