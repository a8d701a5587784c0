package dev.observatory.slo.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MinuteSeriesTest {
  /** A naive per-minute copy of what was appended, to check the prefix sums against. */
  private static final class Naive {
    final long start;
    final double[] good;
    final double[] total;
    final boolean[] data;

    Naive(long start, int minutes) {
      this.start = start;
      good = new double[minutes];
      total = new double[minutes];
      data = new boolean[minutes];
    }

    WindowCounts range(long from, long to) {
      double g = 0;
      double t = 0;
      int d = 0;
      for (long m = Math.max(from, start); m < Math.min(to, start + total.length); m++) {
        int i = (int) (m - start);
        if (data[i]) {
          g += good[i];
          t += total[i];
          d++;
        }
      }
      return new WindowCounts(g, t, d);
    }
  }

  private static Naive randomTraffic(MinuteSeries series, Naive naive, Random random) {
    for (int i = 0; i < naive.total.length; i++) {
      long m = naive.start + i;
      int kind = random.nextInt(20);
      if (kind == 0) continue; // skipped: no data
      if (kind == 1) {
        series.appendNoData(m);
        continue;
      }
      double total = kind == 2 ? 0 : random.nextInt(500);
      double good = total - (random.nextInt(10) == 0 ? random.nextInt((int) total + 1) : 0);
      series.append(m, good, total);
      naive.good[i] = good;
      naive.total[i] = total;
      naive.data[i] = true;
    }
    return naive;
  }

  @Test
  @DisplayName("window sums from prefix sums equal naive sums over random data, up to 30-day windows")
  void windowSumsEqualNaiveSums() {
    Random random = new Random(20260101);
    long start = 29_000_000;
    int minutes = 40 * 1440;
    MinuteSeries series = new MinuteSeries(start);
    Naive naive = randomTraffic(series, new Naive(start, minutes), random);
    long[] lengths = {1, 5, 30, 60, 120, 360, 1440, 3 * 1440, 30 * 1440};
    for (int q = 0; q < 2_000; q++) {
      long length = lengths[random.nextInt(lengths.length)];
      long end = start - 100 + random.nextInt(minutes + 200);
      assertThat(series.window(end, length)).as("window %d minutes ending at %d", length, end).isEqualTo(naive.range(end - length, end));
    }
  }

  @Test
  @DisplayName("a series with retention answers windows within the retention like an unbounded one")
  void retentionKeepsWindowsWithinIt() {
    Random random = new Random(7);
    long start = 1_000;
    int retention = 3 * 1440;
    MinuteSeries bounded = new MinuteSeries(start, retention);
    Naive naive = randomTraffic(bounded, new Naive(start, 20 * 1440), random);
    long end = bounded.endEpochMinute();
    assertThat(bounded.firstRetainedEpochMinute()).isGreaterThan(start).isLessThanOrEqualTo(end - retention);
    for (long length : new long[] {1, 60, 1440, retention}) {
      for (long back = 0; back < 200; back += 17) {
        assertThat(bounded.window(end - back, Math.min(length, retention - back))).isEqualTo(naive.range(end - back - Math.min(length, retention - back), end - back));
      }
    }
  }

  @Test
  @DisplayName("slice figures from prefix sums equal slices counted one by one")
  void sliceTrackEqualsNaiveSlices() {
    Random random = new Random(42);
    long start = 10_007;
    MinuteSeries series = new MinuteSeries(start);
    Naive naive = new Naive(start, 5 * 1440);
    SliceTrack early = series.sliceTrack(15, 7, 0.95); // attached before any minute, kept current by appends
    randomTraffic(series, naive, random);
    SliceTrack late = series.sliceTrack(60, 30, 0.95); // attached afterwards: backfilled
    assertThat(series.sliceTrack(15, 7 + 15 * 3, 0.95)).isSameAs(early);
    for (int q = 0; q < 500; q++) {
      long from = start - 50 + random.nextInt(5 * 1440);
      long to = from + random.nextInt(3 * 1440);
      assertSameSlices(early.range(from, to), naiveSlices(naive, 15, 7, 0.95, from, to));
      assertSameSlices(late.range(from, to), naiveSlices(naive, 60, 30, 0.95, from, to));
    }
  }

  private static void assertSameSlices(SliceCounts actual, SliceCounts expected) {
    assertThat(actual.slicesWithData()).isEqualTo(expected.slicesWithData());
    assertThat(actual.goodSlices()).isEqualTo(expected.goodSlices());
    // Sums of fractional ratios: prefix differences and a running sum round differently.
    assertThat(actual.errorRatioSum()).isCloseTo(expected.errorRatioSum(), offset(1e-9));
  }

  private static SliceCounts naiveSlices(Naive naive, int slice, int phase, double goodRatio, long from, long to) {
    int withData = 0;
    int good = 0;
    double errors = 0;
    long first = Math.floorDiv(from - phase + slice - 1, (long) slice);
    for (long k = first; phase + (k + 1) * slice <= Math.min(to, naive.start + naive.total.length); k++) {
      WindowCounts c = naive.range(phase + k * slice, phase + (k + 1) * slice);
      if (c.total() > 0) {
        withData++;
        if (c.good() / c.total() >= goodRatio) good++;
        errors += (c.total() - c.good()) / c.total();
      }
    }
    return new SliceCounts(withData, good, errors);
  }

  @Test
  @DisplayName("minutes skipped, appended as no data, or before the start have no data")
  void gapsAndMinutesBeforeTheStartHaveNoData() {
    MinuteSeries series = new MinuteSeries(100);
    series.append(100, 10, 10);
    series.append(103, 5, 10);
    series.appendNoData(104);
    assertThat(series.endEpochMinute()).isEqualTo(105);
    assertThat(series.window(105, 100)).isEqualTo(new WindowCounts(15, 20, 2));
    assertThat(series.range(101, 103)).isEqualTo(WindowCounts.NONE);
    assertThat(series.range(50, 100).errorRatio()).isEmpty();
    assertThat(series.range(104, 200).errorRatio()).isEmpty();
  }

  @Test
  @DisplayName("a window without errors has exactly zero error ratio even with fractional counts")
  void fractionalCountsWithoutErrorsGiveExactlyZero() {
    MinuteSeries series = new MinuteSeries(0);
    series.append(0, 0.1, 0.7); // an error-heavy minute before the window
    for (long m = 1; m < 1000; m++) series.append(m, 0.1 * m + 0.3, 0.1 * m + 0.3);
    assertThat(series.window(1000, 500).errorRatio()).hasValue(0.0);
  }

  @Test
  @DisplayName("appending a minute again or out of order is rejected and names the minute")
  void outOfOrderAppendIsRejected() {
    MinuteSeries series = new MinuteSeries(10);
    series.append(12, 1, 1);
    assertThatThrownBy(() -> series.append(12, 1, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minute 12");
    assertThatThrownBy(() -> series.appendNoData(5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minute 5");
    assertThatThrownBy(() -> series.append(13, 1, Double.NaN)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minute 13");
  }
}
