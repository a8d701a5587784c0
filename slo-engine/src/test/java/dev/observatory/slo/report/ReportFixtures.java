package dev.observatory.slo.report;

import dev.observatory.slo.math.MinuteSeries;
import dev.observatory.slo.model.Alerting;
import dev.observatory.slo.model.Budgeting;
import dev.observatory.slo.model.Objective;
import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.Sli;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.model.Window;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small February 2026 (28 days, 40,320 minutes) after a January of 31 days (44,640 minutes):
 *
 * <ul>
 *   <li>checkout/place-order, 99.9%: 100 events a minute both months; January 2,232 bad (0.05%,
 *       half the budget), February 1,008 bad on the 3rd from 10:00 for 48 minutes (a quarter).
 *   <li>cart/add-item, 99%: data only from February 1st, 10 events a minute, 6,048 bad on the 10th
 *       and 11th (150% of the budget).
 *   <li>frontend/home-page, 99.5%: data in January only.
 * </ul>
 */
final class ReportFixtures {
  static final ReportPeriod FEBRUARY = ReportPeriod.month(YearMonth.of(2026, 2));
  static final long JAN_1 = minute("2026-01-01T00:00:00Z");
  static final long FEB_1 = minute("2026-02-01T00:00:00Z");
  static final long MAR_1 = minute("2026-03-01T00:00:00Z");

  private ReportFixtures() {}

  static long minute(String instant) {
    return Instant.parse(instant).getEpochSecond() / 60;
  }

  static Slo slo(String service, String name, String description, String percent) {
    return new Slo(
        new SloId(service, name),
        description,
        new Sli.Availability(service, "oteldemo.Service/" + name),
        Objective.percent(percent),
        new Window.Calendar(Window.CalendarUnit.MONTH, ZoneOffset.UTC),
        new Budgeting.Occurrences(),
        Map.of(),
        Alerting.DEFAULT);
  }

  /** {@code perMinute} events a minute over [from, to), with {@code badPerMinute} bad ones in [badFrom, badTo). */
  static void traffic(MinuteSeries series, long from, long to, double perMinute, long badFrom, long badTo, double badPerMinute) {
    for (long m = from; m < to; m++) {
      double bad = m >= badFrom && m < badTo ? badPerMinute : 0;
      series.append(m, perMinute - bad, perMinute);
    }
  }

  static ReportInput checkout() {
    MinuteSeries series = new MinuteSeries(JAN_1);
    long janBad = minute("2026-01-20T08:00:00Z");
    traffic(series, JAN_1, FEB_1, 100, janBad, janBad + 72, 31); // 2,232 bad
    long febBad = minute("2026-02-03T10:00:00Z");
    traffic(series, FEB_1, MAR_1, 100, febBad, febBad + 48, 21); // 1,008 bad
    return new ReportInput(
        slo("checkout", "place-order", "Orders are placed", "99.9"),
        series,
        List.of(new AlertEpisode(Severity.PAGE, Instant.parse("2026-02-03T10:05:00Z"), Instant.parse("2026-02-03T10:50:00Z"), 0.25)),
        List.of(new ErrorAttribution("oteldemo.CurrencyService/Convert", 12), new ErrorAttribution("oteldemo.PaymentService/Charge", 980)));
  }

  static ReportInput cart() {
    MinuteSeries series = new MinuteSeries(FEB_1);
    long bad = minute("2026-02-10T00:00:00Z");
    traffic(series, FEB_1, MAR_1, 10, bad, bad + 2 * 1440, 2.1); // 6,048 bad
    return new ReportInput(
        slo("cart", "add-item", "Items are added to the cart", "99"),
        series,
        List.of(
            new AlertEpisode(Severity.TICKET, Instant.parse("2026-02-10T06:00:00Z"), Instant.parse("2026-02-11T02:00:00Z"), 0.7),
            new AlertEpisode(Severity.PAGE, Instant.parse("2026-02-10T02:00:00Z"), Instant.parse("2026-02-10T05:30:00Z"), 0.4),
            new AlertEpisode(Severity.PAGE, Instant.parse("2026-01-28T02:00:00Z"), Instant.parse("2026-01-28T03:00:00Z"), 0.1)),
        List.of());
  }

  static ReportInput homePage() {
    MinuteSeries series = new MinuteSeries(JAN_1);
    traffic(series, JAN_1, FEB_1, 50, 0, 0, 0);
    return new ReportInput(slo("frontend", "home-page", "The home page renders", "99.5"), series);
  }

  static BudgetReport february() {
    return BudgetReport.compute(FEBRUARY, List.of(homePage(), checkout(), cart()), Optional.of(Instant.parse("2026-03-01T06:00:00Z")));
  }
}
