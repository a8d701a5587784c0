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
