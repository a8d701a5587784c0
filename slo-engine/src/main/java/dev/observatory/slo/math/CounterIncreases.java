package dev.observatory.slo.math;

import java.util.BitSet;
import java.util.List;

/**
 * From cumulative counter samples to per-minute increases, the way Prometheus' {@code increase()}
 * counts but without its extrapolation, so that summing the minutes gives back exactly the events
 * the counter saw.
 *
 * <p>The increase of minute {@code m} is the sum of the deltas of consecutive samples whose later
 * sample falls in {@code m}; a delta is {@code v - previous}, or {@code v} when the value dropped
 * (a counter reset: the counter restarted from 0). A minute that receives no delta is "no data";
 * the increase across a gap of missing scrapes goes to the first minute after the gap, so events
 * are neither invented nor lost. The first sample only sets the baseline, unless the series is
 * known to start at 0 ({@code firstSampleFromZero}), in which case its value is the increase of
 * its minute.
 */
public final class CounterIncreases {
  private static final long MILLIS_PER_MINUTE = 60_000;

  private CounterIncreases() {}

  /** As {@link #perMinute(long[], double[], boolean)} with the first sample as a baseline only. */
  public static MinuteIncreases perMinute(long[] timestampsMillis, double[] values) {
    return perMinute(timestampsMillis, values, false);
  }

  /**
   * The per-minute increases of one counter series.
   *
   * @param timestampsMillis sample times in epoch milliseconds, strictly increasing
   * @param values the counter's values, non-negative and finite
   * @param firstSampleFromZero whether the series is known to start at 0 (then the first value counts)
   * @throws IllegalArgumentException naming the sample index when timestamps are out of order or a
   *     value is negative or not a number
   */
  public static MinuteIncreases perMinute(long[] timestampsMillis, double[] values, boolean firstSampleFromZero) {
    if (timestampsMillis.length != values.length) {
      throw new IllegalArgumentException(
          timestampsMillis.length + " timestamps but " + values.length + " values: every sample needs both");
    }
    int n = values.length;
    for (int i = 0; i < n; i++) {
      if (!(values[i] >= 0) || Double.isInfinite(values[i])) {
        throw new IllegalArgumentException("sample " + i + ": " + values[i] + " is not a counter value (finite, non-negative)");
      }
      if (i > 0 && timestampsMillis[i] <= timestampsMillis[i - 1]) {
        throw new IllegalArgumentException(
            "sample " + i + ": timestamp " + timestampsMillis[i] + " is not after sample " + (i - 1) + "'s "
                + timestampsMillis[i - 1] + "; samples must be in time order");
      }
    }
    if (n == 0) return MinuteIncreases.EMPTY;
    long first = minuteOf(timestampsMillis[0]);
    int length = (int) (minuteOf(timestampsMillis[n - 1]) - first + 1);
    double[] increases = new double[length];
    BitSet withData = new BitSet(length);
    if (firstSampleFromZero) {
      increases[0] = values[0];
      withData.set(0);
    }
    for (int i = 1; i < n; i++) {
      int minute = (int) (minuteOf(timestampsMillis[i]) - first);
      double delta = values[i] < values[i - 1] ? values[i] : values[i] - values[i - 1];
      increases[minute] += delta;
      withData.set(minute);
    }
    return new MinuteIncreases(first, increases, withData);
  }

  /**
   * Sums good and total counter series into per-minute good/total counts. A minute has data when
   * any total series has data in it; a good series without data in such a minute adds 0 (series
   * of rare outcomes often appear only once they happen). Counts are not clamped per minute: when
   * two counters were scraped at slightly different moments, one minute may show more good than
   * total and the next fewer, and the window sums stay right.
   */
  public static MinuteCounts goodTotal(List<MinuteIncreases> good, List<MinuteIncreases> total) {
    return sum(good, total, false);
  }

  /** As {@link #goodTotal}, from bad and total series: good = total − bad. */
  public static MinuteCounts badTotal(List<MinuteIncreases> bad, List<MinuteIncreases> total) {
    return sum(bad, total, true);
  }

  private static MinuteCounts sum(List<MinuteIncreases> part, List<MinuteIncreases> total, boolean partIsBad) {
    long start = Long.MAX_VALUE;
    long end = Long.MIN_VALUE;
    for (MinuteIncreases t : total) {
      if (t.isEmpty()) continue;
      start = Math.min(start, t.startEpochMinute());
      end = Math.max(end, t.endEpochMinute());
    }
    if (start == Long.MAX_VALUE) return new MinuteCounts(0, new double[0], new double[0], new BitSet());
    int length = (int) (end - start);
    double[] goodSums = new double[length];
    double[] totalSums = new double[length];
    BitSet withData = new BitSet(length);
    for (MinuteIncreases t : total) {
      for (long m = Math.max(start, t.startEpochMinute()); m < t.endEpochMinute(); m++) {
        if (t.hasData(m)) {
          int i = (int) (m - start);
          totalSums[i] += t.increase(m);
          withData.set(i);
        }
      }
    }
    double[] partSums = new double[length];
    for (MinuteIncreases p : part) {
      for (long m = Math.max(start, p.startEpochMinute()); m < Math.min(end, p.endEpochMinute()); m++) {
        partSums[(int) (m - start)] += p.increase(m);
      }
    }
    for (int i = 0; i < length; i++) {
      if (!withData.get(i)) continue;
      goodSums[i] = partIsBad ? totalSums[i] - partSums[i] : partSums[i];
    }
    return new MinuteCounts(start, goodSums, totalSums, withData);
  }

  private static long minuteOf(long epochMillis) {
    return Math.floorDiv(epochMillis, MILLIS_PER_MINUTE);
  }
}
