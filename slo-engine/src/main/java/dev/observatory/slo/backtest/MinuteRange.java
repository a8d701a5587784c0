package dev.observatory.slo.backtest;

/** Epoch minutes {@code [fromEpochMinute, toEpochMinute)}: the minutes a backtest evaluates. */
public record MinuteRange(long fromEpochMinute, long toEpochMinute) {
  public MinuteRange {
    if (toEpochMinute <= fromEpochMinute) {
      throw new IllegalArgumentException("a range must hold at least one minute, got [" + fromEpochMinute + ", " + toEpochMinute + ")");
    }
  }

  public long minutes() {
    return toEpochMinute - fromEpochMinute;
  }

  public boolean contains(long epochMinute) {
    return epochMinute >= fromEpochMinute && epochMinute < toEpochMinute;
  }
}
