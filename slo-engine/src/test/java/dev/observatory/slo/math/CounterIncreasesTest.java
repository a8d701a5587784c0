package dev.observatory.slo.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CounterIncreasesTest {
  private static final long S = 1_000; // one second in ms
  private static final long T0 = 29_000_000L * 60_000; // an epoch minute, in ms

  private static long[] at(long... seconds) {
    long[] ms = new long[seconds.length];
    for (int i = 0; i < seconds.length; i++) ms[i] = T0 + seconds[i] * S;
    return ms;
  }

  static Stream<Arguments> cases() {
    // name, sample seconds, values, from zero, expected per minute (null = no data), true events
    return Stream.of(
        Arguments.of(
            "scrapes every 30s: each minute gets the deltas of its samples",
            at(0, 30, 60, 90, 120), new double[] {10, 15, 20, 26, 30}, false, new Double[] {5.0, 11.0, 4.0}, 20.0),
        Arguments.of(
            "a counter reset counts the value after it as the increase",
            at(0, 30, 60, 90, 120), new double[] {10, 15, 20, 3, 8}, false, new Double[] {5.0, 8.0, 5.0}, 18.0),
        Arguments.of(
            "a gap leaves its minutes without data and gives its increase to the first minute after it",
            at(0, 30, 60, 300, 330), new double[] {10, 15, 20, 32, 37}, false, new Double[] {5.0, 5.0, null, null, null, 17.0}, 27.0),
        Arguments.of(
            "a reset and a gap together neither invent nor lose events",
            at(0, 30, 60, 90, 120, 300, 330), new double[] {10, 15, 20, 3, 8, 20, 25}, false,
            new Double[] {5.0, 8.0, 5.0, null, null, 17.0}, 35.0),
        Arguments.of(
            "a series known to start at zero counts its first value",
            at(0, 30, 60), new double[] {10, 15, 20}, true, new Double[] {15.0, 5.0}, 20.0),
        Arguments.of(
            "the minute holding only the baseline sample has no data",
            at(50, 70), new double[] {7, 9}, false, new Double[] {null, 2.0}, 2.0),
        Arguments.of(
            "fractional counter values give fractional increases",
            at(0, 60), new double[] {0.5, 2.0}, false, new Double[] {null, 1.5}, 1.5));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void perMinuteIncreases(String name, long[] timestamps, double[] values, boolean fromZero, Double[] expected, double events) {
    MinuteIncreases increases = CounterIncreases.perMinute(timestamps, values, fromZero);
    long first = T0 / 60_000;
    assertThat(increases.startEpochMinute()).isEqualTo(first);
    assertThat(increases.endEpochMinute()).isEqualTo(first + expected.length);
    for (int i = 0; i < expected.length; i++) {
      if (expected[i] == null) {
        assertThat(increases.hasData(first + i)).as("minute %d has no data", i).isFalse();
      } else {
        assertThat(increases.hasData(first + i)).as("minute %d has data", i).isTrue();
        assertThat(increases.increase(first + i)).as("minute %d", i).isEqualTo(expected[i]);
      }
    }
    assertThat(increases.sum()).isEqualTo(events);
  }

  @Test
  @DisplayName("out-of-order or repeated timestamps are rejected, naming the sample")
  void outOfOrderTimestampsAreRejected() {
    assertThatThrownBy(() -> CounterIncreases.perMinute(at(0, 30, 20), new double[] {1, 2, 3}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sample 2");
    assertThatThrownBy(() -> CounterIncreases.perMinute(at(0, 30, 30), new double[] {1, 2, 3}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sample 2");
    assertThatThrownBy(() -> CounterIncreases.perMinute(at(0, 30), new double[] {1, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sample 1");
  }

  @Test
  @DisplayName("no samples give no minutes")
  void noSamplesGiveNoMinutes() {
    assertThat(CounterIncreases.perMinute(new long[0], new double[0]).isEmpty()).isTrue();
  }

  @Test
  @DisplayName("summing series: a minute has data when any total series has data in it")
  void sumsGoodAndTotalSeries() {
    MinuteIncreases totalA = CounterIncreases.perMinute(at(0, 60, 120, 180), new double[] {0, 10, 20, 30});
    MinuteIncreases totalB = CounterIncreases.perMinute(at(0, 60, 240), new double[] {0, 5, 15}); // gap: 2, 3
    MinuteIncreases goodA = CounterIncreases.perMinute(at(0, 60, 120, 180), new double[] {0, 10, 19, 29});
    MinuteIncreases goodB = CounterIncreases.perMinute(at(0, 60, 240), new double[] {0, 5, 15});
    MinuteCounts counts = CounterIncreases.goodTotal(List.of(goodA, goodB), List.of(totalA, totalB));
    long m = T0 / 60_000;
    assertThat(counts.hasData(m)).isFalse(); // baselines only
    assertThat(List.of(counts.good(m + 1), counts.total(m + 1))).containsExactly(15.0, 15.0);
    assertThat(List.of(counts.good(m + 2), counts.total(m + 2))).containsExactly(9.0, 10.0);
    assertThat(List.of(counts.good(m + 3), counts.total(m + 3))).containsExactly(10.0, 10.0);
    assertThat(List.of(counts.good(m + 4), counts.total(m + 4))).containsExactly(10.0, 10.0);
    assertThat(counts.endEpochMinute()).isEqualTo(m + 5);

    MinuteSeries series = new MinuteSeries(m);
    counts.appendTo(series);
    assertThat(series.window(m + 5, 5)).isEqualTo(new WindowCounts(44, 45, 4));
  }

  @Test
  @DisplayName("summing bad and total series gives good = total - bad, and bad without total is no data")
  void sumsBadAndTotalSeries() {
    MinuteIncreases total = CounterIncreases.perMinute(at(0, 60, 120), new double[] {100, 200, 300});
    MinuteIncreases bad = CounterIncreases.perMinute(at(0, 60, 120, 180), new double[] {1, 3, 4, 9});
    MinuteCounts counts = CounterIncreases.badTotal(List.of(bad), List.of(total));
    long m = T0 / 60_000;
    assertThat(List.of(counts.good(m + 1), counts.total(m + 1))).containsExactly(98.0, 100.0);
    assertThat(List.of(counts.good(m + 2), counts.total(m + 2))).containsExactly(99.0, 100.0);
    assertThat(counts.hasData(m + 3)).isFalse();
  }
}
