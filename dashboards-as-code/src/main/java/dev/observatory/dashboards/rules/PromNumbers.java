package dev.observatory.dashboards.rules;

import java.math.BigDecimal;

/** Numbers as PromQL literals: plain decimals, no exponent, no trailing zeros ({@code 0.001}, {@code 14.4}, {@code 30}). */
final class PromNumbers {
  private PromNumbers() {}

  static String format(double value) {
    if (!Double.isFinite(value)) throw new IllegalArgumentException(value + ": not a finite number");
    return plain(new BigDecimal(Double.toString(value)));
  }

  static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
