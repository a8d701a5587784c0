package dev.observatory.slo.math;

import static dev.observatory.slo.math.TestSlos.minute;
import static dev.observatory.slo.math.TestSlos.traffic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.observatory.slo.model.Budgeting;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.Window;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Calendar periods and time-slice budgeting, on small hand-computed cases. */
class PeriodBudgetTest {

  @Test
  @DisplayName("a calendar month in Tokyo starts at the zone's midnight and only its errors spend the budget")
  void calendarMonthInANonUtcZone() {
    SloPlan plan = SloEvaluator.compile(TestSlos.calendarMonth("99.9", "Asia/Tokyo", new Budgeting.Occurrences()));
    long monthStart = minute("2026-02-28T15:00:00Z"); // 2026-03-01T00:00+09:00
    MinuteSeries series = plan.newSeries(monthStart - 60);
    traffic(series, 60, 100, 50); // the last hour of February in Tokyo, already March 28th in UTC: not counted
    traffic(series, 60, 100, 10); // the first hour of March in Tokyo: 600 bad
    long now = minute("2026-03-10T00:00:00Z");
    traffic(series, now - series.endEpochMinute(), 100, 0);

    PeriodStatus period = plan.evaluate(series, now).period();
    assertThat(period.startEpochMinute()).isEqualTo(monthStart);
    assertThat(period.endEpochMinute()).isEqualTo(minute("2026-03-31T15:00:00Z"));
    assertThat(period.length()).isEqualTo(Duration.ofDays(31));
    long elapsed = now - monthStart; // 9 days 9 hours
    assertThat(period.counts()).isEqualTo(new WindowCounts(100.0 * elapsed - 600, 100.0 * elapsed, (int) elapsed));
    assertThat(period.budgetConsumed().getAsDouble()).isCloseTo(600.0 / (100 * elapsed) / 0.001, offset(1e-12));
  }

  static Stream<Arguments> calendarPeriods() {
    return Stream.of(
        Arguments.of("a month in Berlin that ends daylight saving time is 31 days and an hour",
            Window.CalendarUnit.MONTH, "Europe/Berlin", "2026-10-15T12:00:00Z", "2026-09-30T22:00:00Z", "2026-10-31T23:00:00Z"),
        Arguments.of("a month in Kolkata starts at 18:30 UTC the day before",
            Window.CalendarUnit.MONTH, "Asia/Kolkata", "2026-03-01T00:00:00Z", "2026-02-28T18:30:00Z", "2026-03-31T18:30:00Z"),
        Arguments.of("an ISO week in Los Angeles that starts daylight saving time is an hour short",
            Window.CalendarUnit.WEEK, "America/Los_Angeles", "2026-03-09T05:00:00Z", "2026-03-02T08:00:00Z", "2026-03-09T07:00:00Z"),
        Arguments.of("the minute before a UTC month starts still belongs to the previous month",
            Window.CalendarUnit.MONTH, "UTC", "2026-04-01T00:00:00Z", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calendarPeriods")
  void calendarPeriodContainsTheMinuteBeforeNow(String name, Window.CalendarUnit unit, String zone, String now, String start, String end) {
    Slo slo = TestSlos.slo("99", new Window.Calendar(unit, ZoneId.of(zone)), new Budgeting.Occurrences());
    PeriodStatus period = SloEvaluator.evaluate(slo, new MinuteSeries(0), minute(now)).period();
    assertThat(period.startEpochMinute()).isEqualTo(minute(start));
    assertThat(period.endEpochMinute()).isEqualTo(minute(end));
    assertThat(period.length()).isEqualTo(Duration.ofMinutes(minute(end) - minute(start)));
  }

  /**
   * One hour of 10-minute slices, 10 events a minute: slices of 100%, 95%, exactly 90%, 80%, no
   * events, 50% good.
   */
  private static MinuteSeries sixSlices() {
    MinuteSeries series = new MinuteSeries(0);
    for (double goodPerMinute : new double[] {10, 9.5, 9, 8, -1, 5}) {
      for (int m = 0; m < 10; m++) {
        if (goodPerMinute < 0) series.append(series.endEpochMinute(), 0, 0);
        else series.append(series.endEpochMinute(), goodPerMinute, 10);
      }
    }
    series.append(60, 0, 10); // an incomplete seventh slice, all bad
    series.append(61, 0, 10);
    return series;
  }

  static Stream<Arguments> timeslices() {
    Budgeting slices = new Budgeting.Timeslices(Duration.ofMinutes(10), new BigDecimal("0.9"));
    Budgeting ratios = new Budgeting.RatioTimeslices(Duration.ofMinutes(10));
    return Stream.of(
        // 5 slices with events, 3 reach 90% (the exact 90% one included); 2 bad × 10m / (0.1 × 60m)
        Arguments.of("timeslices over an hour: good slices over slices with events", slices, 60L, 3.0 / 5, 2 * 10 / (0.1 * 60)),
        // ratios 1, .95, .9, .8, .5: mean .83, error sum .85
        Arguments.of("ratio timeslices over an hour: the mean of the slices' ratios", ratios, 60L, 0.83, 0.85 * 10 / (0.1 * 60)),
        // window [2, 62): slice [0, 10) is cut, [60, 70) incomplete: slices .95, .9, .8, none, .5 remain
        Arguments.of("only slices complete and wholly inside the window count", slices, 62L, 2.0 / 4, 2 * 10 / (0.1 * 60)),
        Arguments.of("ratio timeslices count only complete slices too", ratios, 62L, 1 - 0.85 / 4, 0.85 * 10 / (0.1 * 60)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("timeslices")
  void rollingTimeslices(String name, Budgeting budgeting, long now, double sli, double consumed) {
    SloPlan plan = SloEvaluator.compile(TestSlos.slo("90", new Window.Rolling(Duration.ofHours(1)), budgeting));
    PeriodStatus period = plan.evaluate(sixSlices(), now).period();
    assertThat(period.sli().getAsDouble()).isCloseTo(sli, offset(1e-12));
    assertThat(period.budgetConsumed().getAsDouble()).isCloseTo(consumed, offset(1e-12));
    assertThat(period.budgetRemaining().getAsDouble()).isCloseTo(1 - consumed, offset(1e-12));
  }

  @Test
  @DisplayName("calendar timeslices align to the period start in the zone, and spend over the whole month's length")
  void calendarTimeslicesAlignToThePeriodStart() {
    Budgeting hourly = new Budgeting.Timeslices(Duration.ofHours(1), new BigDecimal("0.99"));
    SloPlan plan = SloEvaluator.compile(TestSlos.calendarMonth("99", "Asia/Kolkata", hourly));
    long monthStart = minute("2026-02-28T18:30:00Z");
    MinuteSeries series = plan.newSeries(monthStart - 600);
    traffic(series, 600, 100, 0);
    traffic(series, 60, 100, 100); // exactly the first local hour of March is down
    traffic(series, 4 * 60 + 20, 100, 0);

    PeriodStatus period = plan.evaluate(series, series.endEpochMinute()).period();
    // Aligned to 18:30 UTC the outage is one bad slice of five complete ones; aligned to UTC hours it would be two.
    assertThat(period.sli().getAsDouble()).isCloseTo(4.0 / 5, offset(1e-12));
    assertThat(period.budgetConsumed().getAsDouble()).isCloseTo(60.0 / (0.01 * 31 * 1440), offset(1e-12));
  }

  @Test
  @DisplayName("time slices without events leave the budget unknown")
  void timeslicesWithoutEventsHaveNoData() {
    SloPlan plan = SloEvaluator.compile(TestSlos.slo("90", new Window.Rolling(Duration.ofHours(1)), new Budgeting.RatioTimeslices(Duration.ofMinutes(5))));
    MinuteSeries series = new MinuteSeries(0);
    traffic(series, 60, 0, 0);
    PeriodStatus period = plan.evaluate(series, 60).period();
    assertThat(period.sli()).isEmpty();
    assertThat(period.budgetConsumed()).isEmpty();
    assertThat(period.budgetRemaining()).isEmpty();
  }
}
