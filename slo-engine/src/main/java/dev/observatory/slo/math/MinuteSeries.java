package dev.observatory.slo.math;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per-minute good and total counts of one SLO, appended minute by minute, kept as prefix sums so
 * that the counts of any window cost O(1) whatever its length.
 *
 * <p>Minute {@code m} is {@code [m, m+1)} in epoch minutes. Minutes that were skipped or appended
 * with {@link #appendNoData(long)} are "no data", and so are minutes before the series start,
 * after its end, or dropped by retention: a query over them sees no events.
 *
 * <p>Per minute the series keeps the prefix sums of total events, of bad events (total − good:
 * keeping bad rather than good means a window without errors sums to exactly 0 bad, even with
 * fractional counts) and of minutes with data. With a retention, the oldest minutes are dropped
 * in batches (amortized O(1) per append) and the prefix sums are rebased so their magnitude, and
 * so the rounding of fractional counts, stays bounded.
 *
 * <p>Time-slice budgeting needs per-slice figures; those live in {@link SliceTrack}s attached to
 * the series on first use and kept up to date as minutes are appended. Not thread-safe: one writer,
 * and readers that do not overlap with it.
 */
public final class MinuteSeries {
  private static final int INITIAL_CAPACITY = 64;

  private final long start;
  private final int retention;
  private final int slack; // minutes held beyond the retention before a compaction
  private long base; // epoch minute of prefix index 0
  private int size; // minutes stored: [base, base + size)
  private double[] totalSums;
  private double[] badSums;
  private int[] dataMinuteSums;
  private final List<SliceTrack> tracks = new ArrayList<>(1);

  /** An unbounded series whose first minute is {@code startEpochMinute}. */
  public MinuteSeries(long startEpochMinute) {
    this(startEpochMinute, 0);
  }

  /**
   * A series that keeps at least the last {@code retentionMinutes} minutes ({@code 0}: keep all).
   * Size it with {@link SloPlan#historyMinutes()}.
   */
  public MinuteSeries(long startEpochMinute, int retentionMinutes) {
    if (retentionMinutes < 0) {
      throw new IllegalArgumentException(retentionMinutes + ": retention must be 0 (unbounded) or a positive number of minutes");
    }
    this.start = startEpochMinute;
    this.retention = retentionMinutes;
    // Series created together would otherwise all compact in the same minute (a 50 ms stall at
    // 1,000 SLOs): each gets its own slack, from one to two eighths of the retention. The slack
    // only decides when old minutes are dropped, never what a window sums to.
    int eighth = Math.max(retentionMinutes / 8, 60);
    this.slack = eighth + Math.floorMod(System.identityHashCode(this), eighth);
    this.base = startEpochMinute;
    int capacity = retentionMinutes == 0 ? INITIAL_CAPACITY : Math.min(INITIAL_CAPACITY, retentionMinutes);
    this.totalSums = new double[capacity + 1];
    this.badSums = new double[capacity + 1];
    this.dataMinuteSums = new int[capacity + 1];
  }

  /** The first minute of the series. */
  public long startEpochMinute() {
    return start;
  }

  /** The minute after the last appended one: the next minute to append. */
  public long endEpochMinute() {
    return base + size;
  }

  /** The oldest minute still held (later than the start once retention dropped minutes). */
  public long firstRetainedEpochMinute() {
    return base;
  }

  /**
   * Records minute {@code epochMinute}; minutes between the previous end and it become no data.
   *
   * @throws IllegalArgumentException when the minute is before {@link #endEpochMinute()}, or a
   *     count is negative or not finite
   */
  public void append(long epochMinute, double good, double total) {
    if (!(total >= 0) || Double.isInfinite(total) || Double.isNaN(good) || Double.isInfinite(good)) {
      throw new IllegalArgumentException(
          "minute " + epochMinute + ": counts must be finite and total non-negative, got good=" + good + " total=" + total);
    }
    skipTo(epochMinute);
    push(total, total - good, 1);
  }

  /** Records minute {@code epochMinute} as having no data (as skipping it would). */
  public void appendNoData(long epochMinute) {
    skipTo(epochMinute);
    push(0, 0, 0);
  }

  /** The counts over minutes {@code [end - lengthMinutes, end)}. */
  public WindowCounts window(long endEpochMinute, long lengthMinutes) {
    return range(endEpochMinute - lengthMinutes, endEpochMinute);
  }

  /** The counts over minutes {@code [fromEpochMinute, toEpochMinute)}. */
  public WindowCounts range(long fromEpochMinute, long toEpochMinute) {
    long lo = Math.max(fromEpochMinute, base);
    long hi = Math.min(toEpochMinute, base + size);
    if (hi <= lo) return WindowCounts.NONE;
    int i = (int) (lo - base);
    int j = (int) (hi - base);
    double total = totalSums[j] - totalSums[i];
    double bad = badSums[j] - badSums[i];
    return new WindowCounts(total - bad, total, dataMinuteSums[j] - dataMinuteSums[i]);
  }

  /**
   * The per-slice figures for slices of {@code sliceMinutes} starting at {@code phase} modulo the
   * slice length; created (from the retained minutes) on first use, then kept current.
   */
  SliceTrack sliceTrack(int sliceMinutes, long phase, double goodRatio) {
    int normalizedPhase = (int) Math.floorMod(phase, (long) sliceMinutes);
    for (SliceTrack track : tracks) {
      if (track.matches(sliceMinutes, normalizedPhase, goodRatio)) return track;
    }
    SliceTrack track = new SliceTrack(sliceMinutes, normalizedPhase, goodRatio);
    track.backfill(this);
    tracks.add(track);
    return track;
  }

  private void skipTo(long epochMinute) {
    long end = base + size;
    if (epochMinute < end) {
      throw new IllegalArgumentException(
          "minute " + epochMinute + " is before the next minute of the series, " + end + ": minutes are appended in order, once");
    }
    if (retention > 0 && epochMinute - end > retention) {
      // A gap longer than the retention: everything held would be dropped anyway.
      base = epochMinute - retention;
      size = 0;
      tracks.clear();
      end = base;
    }
    for (long m = end; m < epochMinute; m++) push(0, 0, 0);
  }

  private void push(double total, double bad, int data) {
    if (size + 1 == totalSums.length) makeRoom();
    totalSums[size + 1] = totalSums[size] + total;
    badSums[size + 1] = badSums[size] + bad;
    dataMinuteSums[size + 1] = dataMinuteSums[size] + data;
    size++;
    long end = base + size;
    for (int t = 0; t < tracks.size(); t++) tracks.get(t).minuteAppended(this, end);
  }

  private void makeRoom() {
    int capacity = totalSums.length - 1;
    if (retention == 0 || capacity < retention + slack) {
      int grown = capacity * 2;
      if (retention > 0) grown = Math.min(grown, retention + slack);
      totalSums = Arrays.copyOf(totalSums, grown + 1);
      badSums = Arrays.copyOf(badSums, grown + 1);
      dataMinuteSums = Arrays.copyOf(dataMinuteSums, grown + 1);
      return;
    }
    // Drop the oldest minutes, keeping `retention`, and rebase the sums on the new first minute.
    int drop = size - retention;
    double totalBase = totalSums[drop];
    double badBase = badSums[drop];
    int dataBase = dataMinuteSums[drop];
    for (int i = 0; i <= retention; i++) {
      totalSums[i] = totalSums[i + drop] - totalBase;
      badSums[i] = badSums[i + drop] - badBase;
      dataMinuteSums[i] = dataMinuteSums[i + drop] - dataBase;
    }
    base += drop;
    size = retention;
    for (SliceTrack track : tracks) track.dropBefore(base);
  }
}
