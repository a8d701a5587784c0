package dev.observatory.slo.math;

import java.util.Arrays;

/**
 * Prefix sums over the completed time slices of one {@link MinuteSeries}, so that the slices of
 * any span cost O(1). Slice {@code k} covers minutes {@code [phase + k·slice, phase + (k+1)·slice)}.
 *
 * <p>A slice with no events is not counted; a slice is good when good ÷ total ≥ the good ratio.
 * The comparison is in doubles: both sides are correctly rounded, so a slice whose true ratio
 * reaches the target is never judged bad.
 */
final class SliceTrack {
  private final int slice;
  private final int phase;
  private final double goodRatio;
  private long firstIndex; // slice index of prefix position 0
  private int count; // completed slices held: [firstIndex, firstIndex + count)
  private int[] withDataSums = new int[17];
  private int[] goodSums = new int[17];
  private double[] errorRatioSums = new double[17];

  SliceTrack(int sliceMinutes, int phase, double goodRatio) {
    this.slice = sliceMinutes;
    this.phase = phase;
    this.goodRatio = goodRatio;
  }

  boolean matches(int sliceMinutes, int normalizedPhase, double ratio) {
    return slice == sliceMinutes && phase == normalizedPhase && Double.compare(goodRatio, ratio) == 0;
  }

  /** Computes every slice already complete in the series, starting with the one holding its first minute. */
  void backfill(MinuteSeries series) {
    firstIndex = indexOf(series.firstRetainedEpochMinute());
    count = 0;
    long end = series.endEpochMinute();
    for (long k = firstIndex; startOf(k + 1) <= end; k++) add(series.range(startOf(k), startOf(k + 1)));
  }

  /** Called after each append; completes a slice when {@code newEnd} is a slice boundary. */
  void minuteAppended(MinuteSeries series, long newEnd) {
    if (Math.floorMod(newEnd - phase, (long) slice) != 0) return;
    add(series.range(newEnd - slice, newEnd));
  }

  /** Drops slices that end at or before {@code epochMinute}, rebasing the sums. */
  void dropBefore(long epochMinute) {
    int drop = (int) Math.min(count, Math.max(0, indexOf(epochMinute) - firstIndex));
    if (drop == 0) return;
    int withDataBase = withDataSums[drop];
    int goodBase = goodSums[drop];
    double errorBase = errorRatioSums[drop];
    for (int i = 0; i <= count - drop; i++) {
      withDataSums[i] = withDataSums[i + drop] - withDataBase;
      goodSums[i] = goodSums[i + drop] - goodBase;
      errorRatioSums[i] = errorRatioSums[i + drop] - errorBase;
    }
    firstIndex += drop;
    count -= drop;
  }

  /** The complete slices lying wholly inside minutes {@code [from, to)}. */
  SliceCounts range(long fromEpochMinute, long toEpochMinute) {
    long k0 = Math.max(-Math.floorDiv(phase - fromEpochMinute, (long) slice), firstIndex); // ceil
    long k1 = Math.min(indexOf(toEpochMinute), firstIndex + count);
    if (k1 <= k0) return SliceCounts.NONE;
    int i = (int) (k0 - firstIndex);
    int j = (int) (k1 - firstIndex);
    return new SliceCounts(withDataSums[j] - withDataSums[i], goodSums[j] - goodSums[i], errorRatioSums[j] - errorRatioSums[i]);
  }

  private long indexOf(long epochMinute) {
    return Math.floorDiv(epochMinute - phase, (long) slice);
  }

  private long startOf(long k) {
    return phase + k * slice;
  }

  private void add(WindowCounts counts) {
    if (count + 1 == withDataSums.length) {
      int grown = withDataSums.length * 2;
      withDataSums = Arrays.copyOf(withDataSums, grown);
      goodSums = Arrays.copyOf(goodSums, grown);
      errorRatioSums = Arrays.copyOf(errorRatioSums, grown);
    }
    boolean events = counts.hasEvents();
    double errorRatio = events ? counts.errorRatio().getAsDouble() : 0;
    boolean good = events && counts.good() / counts.total() >= goodRatio;
    withDataSums[count + 1] = withDataSums[count] + (events ? 1 : 0);
    goodSums[count + 1] = goodSums[count] + (good ? 1 : 0);
    errorRatioSums[count + 1] = errorRatioSums[count] + errorRatio;
    count++;
  }
}
