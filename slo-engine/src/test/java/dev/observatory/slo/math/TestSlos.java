package dev.observatory.slo.math;

import dev.observatory.slo.model.Alerting;
import dev.observatory.slo.model.Budgeting;
import dev.observatory.slo.model.Objective;
import dev.observatory.slo.model.Sli;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.model.Window;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/** SLOs and series for the math tests. */
final class TestSlos {
  static final long DAY = 1440;
  static final long THIRTY_DAYS = 30 * DAY;

  private TestSlos() {}

  static Slo slo(String percent, Window window, Budgeting budgeting) {
    return new Slo(
        new SloId("checkout", "place-order"),
        "",
        new Sli.Availability("checkout", "oteldemo.CheckoutService/PlaceOrder"),
        Objective.percent(percent),
        window,
        budgeting,
        Map.of(),
        Alerting.DEFAULT);
  }

  static Slo rolling(String percent, Duration length) {
    return slo(percent, new Window.Rolling(length), new Budgeting.Occurrences());
  }

  static Slo calendarMonth(String percent, String zone, Budgeting budgeting) {
    return slo(percent, new Window.Calendar(Window.CalendarUnit.MONTH, ZoneId.of(zone)), budgeting);
  }

  static long minute(String instant) {
    return Instant.parse(instant).getEpochSecond() / 60;
  }

  /** Appends {@code minutes} minutes of {@code total} events per minute, {@code bad} of them bad. */
  static void traffic(MinuteSeries series, long minutes, double total, double bad) {
    long from = series.endEpochMinute();
    for (long m = from; m < from + minutes; m++) series.append(m, total - bad, total);
  }
}
