package dev.observatory.slo.backtest;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The SLO's compliance period ending at {@code endEpochMinute}, as the engine would have reported it
 * then, by the SLO's budgeting method.
 *
 * @param partial the history starts after the period does, so part of it is unknown (no data)
 * @param budgetConsumed the share of the period's error budget spent (may exceed 1); empty without data
 */
public record PeriodBudget(long startEpochMinute, long endEpochMinute, boolean partial, OptionalDouble sli, OptionalDouble budgetConsumed) {
  public PeriodBudget {
    Objects.requireNonNull(sli, "sli");
    Objects.requireNonNull(budgetConsumed, "budgetConsumed");
    if (endEpochMinute <= startEpochMinute) throw new IllegalArgumentException("period [" + startEpochMinute + ", " + endEpochMinute + ") is empty");
  }
}
