package dev.observatory.slo.store;

import java.util.Objects;

/**
 * The SLI counts of one SLO in one minute ({@code [minute, minute+1)} in epoch minutes). A minute
 * without data has no row: there is no "no data" value.
 */
public record MinuteRow(SloKey sloKey, long minute, double good, double total) {
  public MinuteRow {
    Objects.requireNonNull(sloKey, "sloKey");
    if (!(total >= 0) || Double.isInfinite(total) || Double.isNaN(good) || Double.isInfinite(good)) {
      throw new IllegalArgumentException(
          sloKey + " minute " + minute + ": counts must be finite and total non-negative, got good=" + good + " total=" + total);
    }
  }
}
