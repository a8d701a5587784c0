package dev.observatory.dashboards.rules;

import dev.observatory.slo.model.Window;
import dev.observatory.slo.series.SloSeries;
import java.time.Instant;
import java.util.List;

/**
 * Calendar periods (a month, or a week from Monday, in a time zone). PromQL ranges are constants,
 * so "since the first of the month" cannot be a range. Instead a group evaluated every minute
 * keeps two accumulators, bad and total events since the period began: each evaluation adds a
 * fifth of the last 5-minute increase (one minute's worth) to the previous value, read back with
 * {@code last_over_time}. A period id series (year × 12 + month, or the week number) is recorded
 * after them; when the id read back differs from the current one, the accumulators restart.
 *
 * <p>Limits, stated in the generated files too: the zone's standard offset is used, so during
 * daylight saving time a period turns over one hour late (01:00 local); events of the last five
 * minutes before a turnover are spread over the first minutes of the new period; if the rules
 * are not evaluated for more than {@value #LOOKBACK}, the sums restart from zero, and events of
 * any gap in evaluation are not counted.
 */
final class CalendarRecordings {
  static final String LOOKBACK = "1h";
  /** The instant at which a zone's standard offset is taken: fixed, so output never depends on the clock. */
  private static final Instant OFFSET_REFERENCE = Instant.parse("2026-01-01T00:00:00Z");

  private CalendarRecordings() {}

  static RuleGroup group(SloContext ctx, Window.Calendar calendar) {
    String id = periodId(calendar);
    return new RuleGroup(
        ctx.groupName("calendar"),
        "1m",
        List.of(
            Rule.record(SloSeries.BAD_PERIOD_INCREASE, accumulate(ctx, SloSeries.BAD_PERIOD_INCREASE, SloSeries.BAD_INCREASE_5M, id), ctx.seriesLabels()),
            Rule.record(SloSeries.TOTAL_PERIOD_INCREASE, accumulate(ctx, SloSeries.TOTAL_PERIOD_INCREASE, SloSeries.TOTAL_INCREASE_5M, id), ctx.seriesLabels()),
            Rule.record(SloSeries.CALENDAR_PERIOD_ID, id, ctx.seriesLabels()),
            Rule.record(
                ctx.periodRatio(),
                ctx.ref(SloSeries.BAD_PERIOD_INCREASE) + "\n/\n(" + ctx.ref(SloSeries.TOTAL_PERIOD_INCREASE) + " > 0)",
                ctx.seriesLabels())));
  }

  /** Days in the current period, for {@code slo:time_period:days}. */
  static String days(Window.Calendar calendar) {
    return calendar.unit() == Window.CalendarUnit.MONTH ? "days_in_month(" + localTime(calendar) + ")" : "vector(7)";
  }

  private static String accumulate(SloContext ctx, String accumulator, String increase5m, String periodId) {
    String minute = "(sum(" + ctx.ref(increase5m) + ") / 5 or vector(0))";
    return "(\n"
        + "  sum(\n"
        + "    last_over_time(" + ctx.ref(accumulator) + "[" + LOOKBACK + "])\n"
        + "    and on()\n"
        + "    (last_over_time(" + ctx.ref(SloSeries.CALENDAR_PERIOD_ID) + "[" + LOOKBACK + "]) == on() (" + periodId + "))\n"
        + "  )\n"
        + "  + " + minute + "\n"
        + ")\n"
        + "or\n"
        + minute;
  }

  static String periodId(Window.Calendar calendar) {
    if (calendar.unit() == Window.CalendarUnit.MONTH) {
      return "year(" + localTime(calendar) + ") * 12 + month(" + localTime(calendar) + ")";
    }
    // 1970-01-01 was a Thursday: three days later the weeks start on Mondays.
    return "floor(vector((time()" + offset(calendar, 3 * 86_400) + ") / 604800))";
  }

  private static String localTime(Window.Calendar calendar) {
    return "vector(time()" + offset(calendar, 0) + ")";
  }

  private static String offset(Window.Calendar calendar, long extraSeconds) {
    long seconds = calendar.zone().getRules().getStandardOffset(OFFSET_REFERENCE).getTotalSeconds() + extraSeconds;
    if (seconds == 0) return "";
    return (seconds > 0 ? " + " : " - ") + Math.abs(seconds);
  }
}
