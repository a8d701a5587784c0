package dev.observatory.slo.report;

import dev.observatory.slo.model.Window.CalendarUnit;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a report covers: a calendar month or ISO week (from Monday) in UTC, {@code [start,
 * end)}. Reports use UTC whatever the SLOs' own windows, so that one report lines up for all SLOs.
 */
public record ReportPeriod(CalendarUnit unit, LocalDate firstDay) {
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

  public ReportPeriod {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(firstDay, "firstDay");
    if (unit == CalendarUnit.MONTH && firstDay.getDayOfMonth() != 1) {
      throw new IllegalArgumentException(firstDay + ": a month period starts on the first of the month");
    }
    if (unit == CalendarUnit.WEEK && firstDay.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException(firstDay + ": a week period starts on a Monday");
    }
  }

  public static ReportPeriod month(YearMonth month) {
    return new ReportPeriod(CalendarUnit.MONTH, month.atDay(1));
  }

  /** The ISO week holding {@code day}. */
  public static ReportPeriod weekOf(LocalDate day) {
    return new ReportPeriod(CalendarUnit.WEEK, day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
  }

  /**
   * Parses {@code 2026-11} (a month) or {@code 2026-W47} (an ISO week).
   *
   * @throws IllegalArgumentException naming the text and the expected forms
   */
  public static ReportPeriod parse(String text) {
    Matcher week = WEEK.matcher(text);
    try {
      if (week.matches()) {
        int year = Integer.parseInt(week.group(1));
        int number = Integer.parseInt(week.group(2));
        LocalDate monday =
            LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
        if (monday.get(IsoFields.WEEK_BASED_YEAR) != year || monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) != number) {
          throw new IllegalArgumentException("\"" + text + "\": " + year + " has no week " + number);
        }
        return weekOf(monday);
      }
      return month(YearMonth.parse(text));
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("\"" + text + "\" is not a period (expected a month like 2026-11 or an ISO week like 2026-W47)");
    }
  }

  /** {@code 2026-11} or {@code 2026-W47}. */
  public String label() {
    if (unit == CalendarUnit.MONTH) return YearMonth.from(firstDay).toString();
    return String.format(
        Locale.ROOT, "%d-W%02d", firstDay.get(IsoFields.WEEK_BASED_YEAR), firstDay.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  public LocalDate endDay() {
    return unit == CalendarUnit.MONTH ? firstDay.plusMonths(1) : firstDay.plusWeeks(1);
  }

  public Instant start() {
    return firstDay.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public Instant end() {
    return endDay().atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public long startEpochMinute() {
    return start().getEpochSecond() / 60;
  }

  public long endEpochMinute() {
    return end().getEpochSecond() / 60;
  }

  public long minutes() {
    return Duration.between(start(), end()).toMinutes();
  }

  /** The days of the period, in order. */
  public List<LocalDate> days() {
    return firstDay.datesUntil(endDay()).toList();
  }

  /** The month or week before this one, for the trend. */
  public ReportPeriod previous() {
    return new ReportPeriod(unit, unit == CalendarUnit.MONTH ? firstDay.minusMonths(1) : firstDay.minusWeeks(1));
  }

  @Override
  public String toString() {
    return label();
  }
}
