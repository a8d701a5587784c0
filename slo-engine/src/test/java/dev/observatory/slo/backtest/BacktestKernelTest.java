package dev.observatory.slo.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.observatory.slo.alerting.Damping;
import dev.observatory.slo.math.AlertState;
import dev.observatory.slo.math.MinuteCounts;
import dev.observatory.slo.math.MinuteSeries;
import dev.observatory.slo.math.SloEvaluator;
import dev.observatory.slo.math.SloPlan;
import dev.observatory.slo.math.SloStatus;
import dev.observatory.slo.math.WindowStatus;
import dev.observatory.slo.model.Budgeting;
import dev.observatory.slo.model.BurnRateAlert;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.Window;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BacktestKernelTest {
  private static final int MINUTES = 5 * Histories.DAY;

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("whole counts, a 99.9% 30-day SLO", 1L, false, Histories.rolling30d("99.9")),
        Arguments.of("fractional counts, a 99.5% 7-day SLO", 2L, true,
            Histories.availability("weekly", "99.5", new Window.Rolling(Duration.ofDays(7)), new Budgeting.Occurrences())),
        Arguments.of("whole counts, a calendar-month SLO on timeslices", 3L, false,
            Histories.availability("monthly", "99", new Window.Calendar(Window.CalendarUnit.MONTH, ZoneId.of("Europe/Berlin")),
                new Budgeting.Timeslices(Duration.ofMinutes(5), new java.math.BigDecimal("0.95")))));
  }

  /**
   * Mostly healthy traffic with bursts of errors, quiet minutes, 3% of minutes without data, a
   * ten-minute gap and eight minutes without traffic.
   */
  static MinuteCounts random(long seed, boolean fractional) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] burst = {0};
    return Histories.counts(Histories.START, MINUTES, i -> {
      if (random.nextInt(100) < 3 || (i >= 3000 && i < 3010)) return null;
      if (i >= 4000 && i < 4008) return new double[] {0, 0};
      if (i % 97 == 0) burst[0] = random.nextInt(10) == 0 ? random.nextDouble() : 0;
      double total = random.nextInt(20) == 0 ? 0 : random.nextInt(200);
      if (fractional) total = total * 0.37;
      double bad = burst[0] > 0 ? Math.floor(total * burst[0]) : random.nextInt(100) == 0 ? 1 : 0;
      return new double[] {total - Math.min(bad, total), total};
    });
  }

  @ParameterizedTest(name = "{0}: every window's ratio, every pair's burn rate and state equal SloPlan.evaluate at every minute")
  @MethodSource("cases")
  void theKernelEqualsTheEngineMinuteByMinute(String name, long seed, boolean fractional, Slo slo) {
    MinuteCounts counts = random(seed, fractional);
    MinuteSeries series = Histories.series(counts);
    SloPlan plan = SloEvaluator.compile(slo);
    WindowKernel kernel = WindowKernel.of(counts, Histories.START, Histories.START + MINUTES);
    double budget = slo.objective().errorBudget();
    List<Duration> windows = plan.windows();
    double[][] ratios = new double[windows.size()][];
    for (int w = 0; w < windows.size(); w++) ratios[w] = kernel.ratios((int) windows.get(w).toMinutes(), 1, MINUTES);
    List<BurnRateAlert> pairs = slo.alertPolicy();
    double[][][] burns = new double[pairs.size()][][];
    for (int j = 0; j < pairs.size(); j++) {
      burns[j] = new double[][] {
        kernel.burnRates((int) pairs.get(j).longWindow().toMinutes(), 1, MINUTES, budget),
        kernel.burnRates((int) pairs.get(j).shortWindow().toMinutes(), 1, MINUTES, budget)};
    }
    EpisodeFinder finder = new EpisodeFinder(slo.id(), kernel, pairs, burns, 0, 1);

    int noData = 0;
    int firing = 0;
    for (int k = 1; k <= MINUTES; k++) {
      SloStatus status = plan.evaluate(series, Histories.START + k);
      for (int w = 0; w < windows.size(); w++) {
        WindowStatus expected = status.windows().get(w);
        double actual = ratios[w][k - 1];
        if (expected.errorRatio().isEmpty()) {
          assertThat(actual).as("%s at %d", windows.get(w), k).isNaN();
          noData++;
        } else {
          assertThat(actual).as("%s at %d", windows.get(w), k).isEqualTo(expected.errorRatio().getAsDouble());
        }
      }
      for (int j = 0; j < pairs.size(); j++) {
        var expectedLong = status.alerts().get(j).longBurnRate();
        double actualLong = burns[j][0][k - 1];
        if (expectedLong.isPresent()) {
          assertThat(actualLong).as("long burn of %s at %d", pairs.get(j), k).isEqualTo(expectedLong.getAsDouble());
        } else {
          assertThat(actualLong).as("long burn of %s at %d", pairs.get(j), k).isNaN();
        }
        AlertState state = finder.stateOf(j, k);
        assertThat(state).as("%s at %d", pairs.get(j), k).isEqualTo(status.alerts().get(j).state());
        if (state == AlertState.FIRING) firing++;
      }
    }
    assertThat(noData).as("minutes without events in some window").isPositive();
    assertThat(firing).as("pair-minutes firing").isPositive();
  }

  @ParameterizedTest(name = "{0}: calling the state machine only where it can change something gives the same episodes as every minute")
  @MethodSource("cases")
  void skippingMinutesKeepsTheEngineSemantics(String name, long seed, boolean fractional, Slo slo) {
    MinuteCounts counts = random(seed, fractional);
    WindowKernel kernel = WindowKernel.of(counts, Histories.START, Histories.START + MINUTES);
    List<BurnRateAlert> pairs = slo.alertPolicy();
    double[][][] burns = new double[pairs.size()][][];
    for (int j = 0; j < pairs.size(); j++) {
      double budget = slo.objective().errorBudget();
      burns[j] = new double[][] {
        kernel.burnRates((int) pairs.get(j).longWindow().toMinutes(), 1, MINUTES, budget),
        kernel.burnRates((int) pairs.get(j).shortWindow().toMinutes(), 1, MINUTES, budget)};
    }
    for (Damping damping : List.of(Damping.DEFAULT, Damping.afterEvaluations(3), Damping.after(Duration.ofMinutes(1)))) {
      EpisodeFinder finder = new EpisodeFinder(slo.id(), kernel, pairs, burns, 0, 1);
      List<Episode> fast = finder.find(MINUTES, damping, false);
      assertThat(fast).as("%s", damping).isNotEmpty().isEqualTo(finder.find(MINUTES, damping, true));
    }
  }
}
