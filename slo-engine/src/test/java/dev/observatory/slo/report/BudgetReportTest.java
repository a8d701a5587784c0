package dev.observatory.slo.report;

import static dev.observatory.slo.report.ReportFixtures.FEBRUARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.observatory.slo.math.MinuteSeries;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.report.SloReport.Budget;
import dev.observatory.slo.report.SloReport.Compliance;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The report's numbers on the hand-computed February of {@link ReportFixtures}. */
class BudgetReportTest {
  private static final double EPS = 1e-9;
  private final BudgetReport report = ReportFixtures.february();

  private SloReport slo(String service, String name) {
    return report.slos().stream().filter(s -> s.id().equals(new SloId(service, name))).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("a 99.9% SLO with 1,008 bad of 4,032,000 events met its objective and spent a quarter of its budget")
  void budgetInEventsAndMinutes() {
    SloReport checkout = slo("checkout", "place-order");
    assertThat(checkout.compliance()).isEqualTo(Compliance.MET);
    assertThat(checkout.sli().getAsDouble()).isCloseTo(0.99975, offset(EPS));
    assertThat(checkout.totalEvents()).isEqualTo(4_032_000.0);
    assertThat(checkout.periodMinutes()).isEqualTo(40_320);
    assertThat(checkout.minutesWithData()).isEqualTo(40_320);
    Budget budget = checkout.budget().orElseThrow();
    assertThat(budget.events()).isCloseTo(4_032, offset(EPS)); // 0.1% of 4,032,000
    assertThat(budget.eventsConsumed()).isCloseTo(1_008, offset(EPS));
    assertThat(budget.eventsLeft()).isCloseTo(3_024, offset(EPS));
    assertThat(budget.minutes()).isCloseTo(40.32, offset(EPS)); // 0.1% of 40,320 minutes
    assertThat(budget.minutesConsumed()).isCloseTo(10.08, offset(EPS)); // 1,008 bad ÷ 100 events a minute
    assertThat(budget.minutesLeft()).isCloseTo(30.24, offset(EPS));
    assertThat(budget.consumed()).isCloseTo(0.25, offset(EPS));
    assertThat(budget.left()).isCloseTo(0.75, offset(EPS));
  }

  @Test
  @DisplayName("a 99% SLO with 6,048 bad of 403,200 events missed and overspent its budget by half")
  void overspentBudgetIsMissedAndNegative() {
    SloReport cart = slo("cart", "add-item");
    assertThat(cart.compliance()).isEqualTo(Compliance.MISSED);
    assertThat(cart.sli().getAsDouble()).isCloseTo(0.985, offset(EPS));
    Budget budget = cart.budget().orElseThrow();
    assertThat(budget.events()).isCloseTo(4_032, offset(EPS));
    assertThat(budget.eventsConsumed()).isCloseTo(6_048, offset(1e-6));
    assertThat(budget.eventsLeft()).isCloseTo(-2_016, offset(1e-6));
    assertThat(budget.minutes()).isCloseTo(403.2, offset(EPS));
    assertThat(budget.minutesConsumed()).isCloseTo(604.8, offset(1e-6));
    assertThat(budget.minutesLeft()).isCloseTo(-201.6, offset(1e-6));
    assertThat(budget.left()).isCloseTo(-0.5, offset(EPS));
  }

  @Test
  @DisplayName("an SLO without events in the period has no SLI and no budget figures and is neither met nor missed")
  void noDataIsNeverZeroNorMet() {
    SloReport home = slo("frontend", "home-page");
    assertThat(home.compliance()).isEqualTo(Compliance.NO_DATA);
    assertThat(home.sli()).isEmpty();
    assertThat(home.budget()).isEmpty();
    assertThat(home.budgetMinutes()).isCloseTo(201.6, offset(EPS)); // 0.5% of 40,320: the allowance is known anyway
    assertThat(home.minutesWithData()).isZero();
    assertThat(home.days()).allSatisfy(d -> {
      assertThat(d.sli()).isEmpty();
      assertThat(d.budgetLeft()).isEmpty();
    });
    assertThat(home.trend().hasData()).isFalse();
    assertThat(home.trend().previousSli().getAsDouble()).isEqualTo(1.0);
  }

  @Test
  @DisplayName("the trend compares SLI and budget consumed with the previous month, and says no data when it had none")
  void trendAgainstThePreviousPeriod() {
    SloReport.Trend checkout = slo("checkout", "place-order").trend();
    assertThat(checkout.previousPeriod()).isEqualTo("2026-01");
    assertThat(checkout.previousSli().getAsDouble()).isCloseTo(0.9995, offset(EPS)); // 2,232 of 4,464,000
    assertThat(checkout.sliDelta().getAsDouble()).isCloseTo(0.00025, offset(EPS));
    assertThat(checkout.budgetConsumedDelta().getAsDouble()).isCloseTo(-0.25, offset(EPS));

    SloReport.Trend cart = slo("cart", "add-item").trend();
    assertThat(cart.hasData()).isFalse();
    assertThat(cart.previousSli()).isEmpty();
  }

  @Test
  @DisplayName("SLOs come worst budget first, those without data last")
  void worstBudgetFirst() {
    assertThat(report.slos()).extracting(s -> s.id().toString()).containsExactly("cart/add-item", "checkout/place-order", "frontend/home-page");
    assertThat(report.count(Compliance.MET)).isEqualTo(1);
    assertThat(report.count(Compliance.MISSED)).isEqualTo(1);
    assertThat(report.count(Compliance.NO_DATA)).isEqualTo(1);
  }

  @Test
  @DisplayName("alert episodes outside the period are left out and the rest come by start")
  void episodesInThePeriodByStart() {
    assertThat(slo("cart", "add-item").episodes()).extracting(e -> e.start().toString())
        .containsExactly("2026-02-10T02:00:00Z", "2026-02-10T06:00:00Z");
  }

  @Test
  @DisplayName("error attribution is carried through, most errors first")
  void attributionMostErrorsFirst() {
    assertThat(slo("checkout", "place-order").attribution()).extracting(ErrorAttribution::spanName)
        .containsExactly("oteldemo.PaymentService/Charge", "oteldemo.CurrencyService/Convert");
  }

  @Test
  @DisplayName("the daily burn-down ends at the period's budget left and each day has its own SLI")
  void dailyBurnDown() {
    SloReport cart = slo("cart", "add-item");
    assertThat(cart.days()).hasSize(28);
    SloReport.Day tenth = cart.days().get(9);
    assertThat(tenth.date()).isEqualTo(LocalDate.of(2026, 2, 10));
    assertThat(tenth.sli().getAsDouble()).isCloseTo(0.79, offset(EPS));
    assertThat(tenth.budgetLeft().getAsDouble()).isCloseTo(0.25, offset(EPS)); // 3,024 of 4,032 spent
    assertThat(cart.days().get(8).budgetLeft().getAsDouble()).isEqualTo(1.0);
    assertThat(cart.days().get(27).budgetLeft().getAsDouble()).isCloseTo(-0.5, offset(EPS));
  }

  @Test
  @DisplayName("exactly the allowed 0.1% of errors on a 99.9% SLO spends exactly the whole budget and is met")
  void exactlyTheBudgetIsMet() {
    MinuteSeries series = new MinuteSeries(ReportFixtures.FEB_1);
    ReportFixtures.traffic(series, ReportFixtures.FEB_1, ReportFixtures.MAR_1, 1000, ReportFixtures.FEB_1, ReportFixtures.MAR_1, 1);
    SloReport r = BudgetReport.compute(FEBRUARY, List.of(new ReportInput(ReportFixtures.slo("a", "b", "", "99.9"), series)), Optional.empty()).slos().get(0);
    assertThat(r.budget().orElseThrow().consumed()).isEqualTo(1.0);
    assertThat(r.compliance()).isEqualTo(Compliance.MET);
  }

  @Test
  @DisplayName("periods parse as months or ISO weeks in UTC and know the one before")
  void periods() {
    assertThat(ReportPeriod.parse("2026-11")).isEqualTo(ReportPeriod.month(YearMonth.of(2026, 11)));
    assertThat(ReportPeriod.parse("2026-11").minutes()).isEqualTo(30 * 1440);
    ReportPeriod week = ReportPeriod.parse("2026-W01");
    assertThat(week.firstDay()).isEqualTo(LocalDate.of(2025, 12, 29));
    assertThat(week.label()).isEqualTo("2026-W01");
    assertThat(week.previous().label()).isEqualTo("2025-W52");
    assertThat(ReportPeriod.parse("2026-01").previous().label()).isEqualTo("2025-12");
    assertThatThrownBy(() -> ReportPeriod.parse("2026-W54")).hasMessageContaining("2026-W54");
    assertThatThrownBy(() -> ReportPeriod.parse("November")).hasMessageContaining("\"November\" is not a period");
  }
}
