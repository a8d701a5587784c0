package dev.observatory.slo.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * The target share of good events (or good time), in percent, kept as a decimal so that
 * {@code 99.9} means exactly 99.9 and the error budget is exactly {@code 0.001}: computing
 * {@code 1 - 0.999} in floating point would give {@code 0.0010000000000000009}, and a 0.1%
 * error rate would then consume slightly less than 100% of the budget.
 */
public record Objective(BigDecimal percent) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Objective {
    Objects.requireNonNull(percent, "percent");
    if (percent.signum() <= 0 || percent.compareTo(HUNDRED) >= 0) {
      throw new IllegalArgumentException(percent.toPlainString() + ": objective must be in (0, 100)");
    }
    percent = percent.stripTrailingZeros();
  }

  public static Objective percent(String percent) {
    return new Objective(new BigDecimal(percent));
  }

  /** From a ratio in (0, 1), as OpenSLO writes targets ({@code 0.999}). */
  public static Objective ratio(BigDecimal ratio) {
    return new Objective(ratio.multiply(HUNDRED));
  }

  /** The objective as a ratio in (0, 1), e.g. 0.999. */
  public double ratio() {
    return percent.divide(HUNDRED, MathContext.DECIMAL128).doubleValue();
  }

  public BigDecimal ratioDecimal() {
    return percent.divide(HUNDRED, MathContext.DECIMAL128).stripTrailingZeros();
  }

  /** The error budget as a ratio, {@code (100 - percent) / 100}, rounded once to a double. */
  public double errorBudget() {
    return HUNDRED.subtract(percent).divide(HUNDRED, MathContext.DECIMAL128).doubleValue();
  }

  @Override
  public String toString() {
    return percent.toPlainString() + "%";
  }
}
