package dev.observatory.slo.math;

import static dev.observatory.slo.math.TestSlos.THIRTY_DAYS;
import static dev.observatory.slo.math.TestSlos.traffic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.Slo;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SloEvaluatorTest {
  private static final long START = 29_000_000;
  private static final Slo SLO = TestSlos.rolling("99.9", Duration.ofDays(30));
  private static final SloPlan PLAN = SloEvaluator.compile(SLO);

  private static AlertStatus pair(SloStatus status, Duration longWindow) {
    return status.alerts().stream().filter(a -> a.alert().longWindow().equals(longWindow)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("the plan evaluates the policy's windows, the standard ones and the period, shortest first")
  void planWindows() {
    assertThat(PLAN.windows())
        .containsExactly(
            Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(6),
            Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(30));
    assertThat(PLAN.historyMinutes()).isEqualTo(THIRTY_DAYS);
  }

  @Test
  @DisplayName("a full outage after 30 healthy days fires the page pair after exactly one minute of errors")
  void fullOutagePagesWithinOneMinute() {
    MinuteSeries series = PLAN.newSeries(START);
    traffic(series, THIRTY_DAYS, 100, 0);
    SloStatus before = PLAN.evaluate(series, series.endEpochMinute());
    assertThat(pair(before, Duration.ofHours(1)).state()).isEqualTo(AlertState.OK);

    traffic(series, 1, 100, 100);
    SloStatus after = PLAN.evaluate(series, series.endEpochMinute());

    AlertStatus page = pair(after, Duration.ofHours(1));
    assertThat(page.alert().severity()).isEqualTo(Severity.PAGE);
    assertThat(page.alert().shortWindow()).isEqualTo(Duration.ofMinutes(5));
    assertThat(page.alert().factor()).isEqualTo(14.4);
    assertThat(after.window(Duration.ofHours(1)).counts()).isEqualTo(new WindowCounts(5900, 6000, 60));
    assertThat(page.longBurnRate().getAsDouble()).isCloseTo(100.0 / 6000 / 0.001, offset(1e-9)).isGreaterThan(14.4);
    assertThat(page.shortBurnRate().getAsDouble()).isCloseTo(200.0, offset(1e-9));
    assertThat(page.state()).isEqualTo(AlertState.FIRING);
    // 100 bad of 36,000 over 6h is a burn of 2.8: the slower pairs stay quiet.
    assertThat(pair(after, Duration.ofHours(6)).state()).isEqualTo(AlertState.OK);
    assertThat(after.alerts()).filteredOn(a -> a.state() == AlertState.FIRING).hasSize(1);
  }

  @Test
  @DisplayName("a 0.1% error rate held for 30 days consumes exactly the whole budget")
  void steadyBudgetRateConsumesExactlyAll() {
    MinuteSeries series = PLAN.newSeries(START);
    traffic(series, THIRTY_DAYS, 1000, 1);
    SloStatus status = PLAN.evaluate(series, series.endEpochMinute());
    assertThat(status.period().budgetConsumed()).hasValue(1.0);
    assertThat(status.period().budgetRemaining()).hasValue(0.0);
    assertThat(status.period().burnRate()).hasValue(1.0);
    assertThat(status.period().sli().getAsDouble()).isCloseTo(0.999, offset(1e-15));
    assertThat(status.window(Duration.ofMinutes(5)).burnRate()).hasValue(1.0);
    assertThat(status.timeToExhaustion()).contains(Duration.ZERO);
  }

  @Test
  @DisplayName("a 6x burn held for 6 hours in 30 otherwise perfect days consumes 5% of the budget")
  void sixHoursAtSixTimesConsumesFivePercent() {
    MinuteSeries series = PLAN.newSeries(START);
    traffic(series, THIRTY_DAYS - 360 - 600, 1000, 0);
    traffic(series, 360, 1000, 6);
    traffic(series, 600, 1000, 0);
    SloStatus status = PLAN.evaluate(series, series.endEpochMinute());
    assertThat(status.period().budgetConsumed().getAsDouble()).isCloseTo(0.05, offset(1e-12));
    assertThat(status.period().budgetRemaining().getAsDouble()).isCloseTo(0.95, offset(1e-12));
    assertThat(status.window(Duration.ofDays(1)).burnRate().getAsDouble()).isCloseTo(6.0 * 360 / 1440, offset(1e-12));
  }

  @Test
  @DisplayName("time to exhaustion is what remains of the period at the last hour's burn rate")
  void timeToExhaustion() {
    MinuteSeries series = PLAN.newSeries(START);
    traffic(series, THIRTY_DAYS - 60, 1000, 0);
    traffic(series, 60, 1000, 10); // burn 10 over the last hour; 60,000 / 43,200,000 / 0.001 spent
    SloStatus status = PLAN.evaluate(series, series.endEpochMinute());
    double remaining = 1 - 600.0 / 43_200_000 / 0.001;
    assertThat(status.period().budgetRemaining().getAsDouble()).isCloseTo(remaining, offset(1e-12));
    long expectedSeconds = Math.round(remaining * THIRTY_DAYS * 60 / 10);
    assertThat(status.timeToExhaustion()).contains(Duration.ofSeconds(expectedSeconds));

    traffic(series, 60, 1000, 0); // a clean last hour: no forecast
    assertThat(PLAN.evaluate(series, series.endEpochMinute()).timeToExhaustion()).isEmpty();
  }

  @Test
  @DisplayName("zero traffic has no data: no ratio, NO_DATA pairs, no budget, no time to exhaustion")
  void zeroTrafficHasNoData() {
    MinuteSeries empty = PLAN.newSeries(START);
    MinuteSeries zeros = PLAN.newSeries(START);
    traffic(zeros, 3 * 1440, 0, 0);
    for (MinuteSeries series : new MinuteSeries[] {empty, zeros}) {
      SloStatus status = PLAN.evaluate(series, START + 3 * 1440);
      assertThat(status.windows()).allSatisfy(w -> {
        assertThat(w.errorRatio()).isEmpty();
        assertThat(w.burnRate()).isEmpty();
      });
      assertThat(status.alerts()).allSatisfy(a -> assertThat(a.state()).isEqualTo(AlertState.NO_DATA));
      assertThat(status.period().errorRatio()).isEmpty();
      assertThat(status.period().sli()).isEmpty();
      assertThat(status.period().budgetConsumed()).isEmpty();
      assertThat(status.period().budgetRemaining()).isEmpty();
      assertThat(status.timeToExhaustion()).isEmpty();
    }
  }

  @Test
  @DisplayName("minutes with total 0 after busy ones leave the short window without data and the pair NO_DATA")
  void minutesWithZeroTotalHaveNoRatio() {
    MinuteSeries series = PLAN.newSeries(START);
    traffic(series, 1440, 100, 100);
    traffic(series, 5, 0, 0);
    SloStatus status = PLAN.evaluate(series, series.endEpochMinute());
    assertThat(status.window(Duration.ofMinutes(5)).counts().minutesWithData()).isEqualTo(5);
    assertThat(status.window(Duration.ofMinutes(5)).errorRatio()).isEmpty();
    assertThat(status.window(Duration.ofHours(1)).burnRate()).hasValue(1000.0);
    assertThat(pair(status, Duration.ofHours(1)).state()).isEqualTo(AlertState.NO_DATA);
    assertThat(pair(status, Duration.ofHours(6)).state()).isEqualTo(AlertState.FIRING);
  }

  static Stream<Arguments> pairStates() {
    OptionalDouble none = OptionalDouble.empty();
    return Stream.of(
        Arguments.of("both windows above the factor fire", OptionalDouble.of(15), OptionalDouble.of(20), AlertState.FIRING),
        Arguments.of("a burn exactly at the factor does not fire", OptionalDouble.of(14.4), OptionalDouble.of(20), AlertState.OK),
        Arguments.of("only the long window above does not fire", OptionalDouble.of(15), OptionalDouble.of(1), AlertState.OK),
        Arguments.of("only the short window above does not fire", OptionalDouble.of(1), OptionalDouble.of(200), AlertState.OK),
        Arguments.of("zero burn on both is OK", OptionalDouble.of(0), OptionalDouble.of(0), AlertState.OK),
        Arguments.of("a short window without data is NO_DATA", OptionalDouble.of(15), none, AlertState.NO_DATA),
        Arguments.of("a long window without data is NO_DATA", none, OptionalDouble.of(15), AlertState.NO_DATA));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairStates")
  void pairState(String name, OptionalDouble longBurn, OptionalDouble shortBurn, AlertState expected) {
    assertThat(SloPlan.state(14.4, longBurn, shortBurn)).isEqualTo(expected);
  }

  @Test
  @DisplayName("the one-off evaluate gives the same status as a compiled plan")
  void oneOffEvaluationMatchesThePlan() {
    MinuteSeries series = PLAN.newSeries(START);
    traffic(series, 3000, 100, 3);
    assertThat(SloEvaluator.evaluate(SLO, series, series.endEpochMinute())).isEqualTo(PLAN.evaluate(series, series.endEpochMinute()));
  }
}
