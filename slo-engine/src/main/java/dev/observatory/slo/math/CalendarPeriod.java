package dev.observatory.slo.math;

import dev.observatory.slo.model.Window.CalendarUnit;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/** One calendar week (ISO: from Monday 00:00) or month in a time zone, as epoch minutes {@code [start, end)}. */
record CalendarPeriod(long start, long end) {
  boolean contains(long epochMinute) {
    return epochMinute >= start && epochMinute < end;
  }

  long lengthMinutes() {
    return end - start;
  }

  /** The week or month, in {@code zone}, that holds {@code epochMinute}. */
  static CalendarPeriod containing(long epochMinute, CalendarUnit unit, ZoneId zone) {
    LocalDate day = Instant.ofEpochSecond(epochMinute * 60).atZone(zone).toLocalDate();
    LocalDate first;
    LocalDate next;
    if (unit == CalendarUnit.WEEK) {
      first = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      next = first.plusWeeks(1);
    } else {
      first = day.withDayOfMonth(1);
      next = first.plusMonths(1);
    }
    // atStartOfDay, not atTime(0, 0): where DST skips midnight the day starts at 01:00.
    return new CalendarPeriod(minuteOf(first, zone), minuteOf(next, zone));
  }

  private static long minuteOf(LocalDate date, ZoneId zone) {
    return Math.floorDiv(date.atStartOfDay(zone).toEpochSecond(), 60L);
  }
}
