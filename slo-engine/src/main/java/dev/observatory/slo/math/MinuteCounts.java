package dev.observatory.slo.math;

import java.util.BitSet;

/**
 * Good and total events per minute over {@code [startEpochMinute, endEpochMinute)}, summed from
 * counters by {@link CounterIncreases}; minutes without data are marked so. Immutable.
 */
public final class MinuteCounts {
  private final long start;
  private final double[] good;
  private final double[] total;
  private final BitSet withData;

  MinuteCounts(long startEpochMinute, double[] good, double[] total, BitSet withData) {
    this.start = startEpochMinute;
    this.good = good;
    this.total = total;
    this.withData = withData;
  }

  /**
   * Counts for minutes {@code [startEpochMinute, startEpochMinute + total.length)}; the arrays are
   * copied. Minute {@code i} has data when bit {@code i} of {@code withData} is set.
   *
   * @throws IllegalArgumentException when the arrays differ in length, or a minute with data has
   *     a negative or non-finite count
   */
  public static MinuteCounts of(long startEpochMinute, double[] good, double[] total, BitSet withData) {
    if (good.length != total.length) {
      throw new IllegalArgumentException("good has " + good.length + " minutes but total has " + total.length);
    }
    BitSet data = (BitSet) withData.clone();
    if (data.length() > total.length) data.clear(total.length, data.length());
    for (int i = data.nextSetBit(0); i >= 0; i = data.nextSetBit(i + 1)) {
      if (!(total[i] >= 0) || Double.isInfinite(total[i]) || !Double.isFinite(good[i])) {
        throw new IllegalArgumentException("minute " + (startEpochMinute + i) + ": counts must be finite and total non-negative, got good=" + good[i] + " total=" + total[i]);
      }
    }
    return new MinuteCounts(startEpochMinute, good.clone(), total.clone(), data);
  }

  public long startEpochMinute() {
    return start;
  }

  public long endEpochMinute() {
    return start + total.length;
  }

  public boolean hasData(long epochMinute) {
    long i = epochMinute - start;
    return i >= 0 && i < total.length && withData.get((int) i);
  }

  /** Good events in the minute; 0 when it has no data. */
  public double good(long epochMinute) {
    return hasData(epochMinute) ? good[(int) (epochMinute - start)] : 0;
  }

  /** All events in the minute; 0 when it has no data. */
  public double total(long epochMinute) {
    return hasData(epochMinute) ? total[(int) (epochMinute - start)] : 0;
  }

  /**
   * Appends every minute from the series' end up to this range's end (minutes before this range's
   * start, and minutes without data, as no data). Minutes the series already holds are skipped.
   */
  public void appendTo(MinuteSeries series) {
    for (long m = Math.max(series.endEpochMinute(), start); m < endEpochMinute(); m++) {
      if (hasData(m)) {
        series.append(m, good(m), total(m));
      } else {
        series.appendNoData(m);
      }
    }
  }
}
