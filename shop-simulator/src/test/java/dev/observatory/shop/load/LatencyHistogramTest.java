package dev.observatory.shop.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LatencyHistogramTest {

  @Test
  void everyValueFallsInsideItsBucket() {
    for (long v = 0; v < (1L << 22); v += 1 + v / 1000) {
      int index = LatencyHistogram.index(v);
      assertThat(LatencyHistogram.lowerBound(index)).isLessThanOrEqualTo(v);
      assertThat(LatencyHistogram.lowerBound(index) + LatencyHistogram.width(index)).isGreaterThan(v);
    }
    assertThat(LatencyHistogram.index(LatencyHistogram.MAX_MICROS))
        .isEqualTo(LatencyHistogram.BUCKETS - 1);
  }

  @ParameterizedTest(name = "percentiles of seeded log-normal latencies are within 1% (seed {0})")
  @ValueSource(longs = {1, 2, 3})
  void percentilesOfLogNormalLatenciesAreWithinOnePercent(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] values = new long[20_000];
    LatencyHistogram histogram = new LatencyHistogram();
    for (int i = 0; i < values.length; i++) {
      // median around 20 ms, a long tail into seconds
      values[i] = (long) Math.exp(Math.log(20_000) + 1.2 * gaussian(random));
      histogram.recordMicros(values[i]);
    }
    Arrays.sort(values);
    LatencyHistogram.Snapshot snapshot = histogram.snapshot();
    for (double q : new double[] {0.5, 0.9, 0.95, 0.99, 0.999}) {
      long exact = values[(int) Math.ceil(q * values.length) - 1];
      assertThat(snapshot.quantileMicros(q)).as("q=%s", q).isCloseTo(exact, within(exact * 0.01));
    }
  }

  @Test
  void smallValuesAreExactAndAnEmptyHistogramSaysZero() {
    LatencyHistogram histogram = new LatencyHistogram();
    assertThat(histogram.snapshot().quantileMicros(0.99)).isZero();
    for (long v = 1; v <= 100; v++) {
      histogram.recordMicros(v);
    }
    assertThat(histogram.snapshot().quantileMicros(0.5)).isEqualTo(50);
    assertThat(histogram.snapshot().quantileMicros(0.99)).isEqualTo(99);
  }

  @Test
  void theDifferenceOfTwoSnapshotsIsTheIntervalBetweenThem() {
    LatencyHistogram histogram = new LatencyHistogram();
    histogram.recordMicros(1_000);
    LatencyHistogram.Snapshot before = histogram.snapshot();
    histogram.recordMicros(500_000);
    histogram.recordMicros(500_000);

    LatencyHistogram.Snapshot interval = histogram.snapshot().minus(before);

    assertThat(interval.count()).isEqualTo(2);
    assertThat(interval.quantileMicros(0.5)).isCloseTo(500_000, within(5_000.0));
  }

  @Test
  void valuesOutOfRangeAreClampedNotThrown() {
    LatencyHistogram histogram = new LatencyHistogram();
    histogram.recordMicros(-5);
    histogram.recordMicros(Long.MAX_VALUE);
    assertThat(histogram.snapshot().count()).isEqualTo(2);
    assertThat(histogram.snapshot().quantileMicros(0.5)).isZero();
  }

  private static double gaussian(SplittableRandom random) {
    // Box–Muller; SplittableRandom has no nextGaussian on Java 17
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
