package dev.observatory.slo.model;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/** The compliance period of an SLO: a rolling window or a calendar week or month. */
public sealed interface Window {
  /**
   * The length used to scale alert policies and to size history: the rolling length, or 7 days
   * for a calendar week and 30 days for a calendar month (the convention of Sloth and the SRE
   * workbook; budget arithmetic uses the real length of each calendar period).
   */
  Duration nominalLength();

  /** A window that always covers the last {@code length} before now. */
  record Rolling(Duration length) implements Window {
    public Rolling {
      Objects.requireNonNull(length, "length");
      if (length.toMinutes() < 1 || !length.equals(Duration.ofMinutes(length.toMinutes()))) {
        throw new IllegalArgumentException(length + ": a rolling window must be a whole number of minutes, at least 1m");
      }
    }

    @Override
    public Duration nominalLength() {
      return length;
    }

    @Override
    public String toString() {
      return Durations.format(length) + " rolling";
    }
  }

  /** A window that resets at the start of each calendar week (Monday) or month, in a time zone. */
  record Calendar(CalendarUnit unit, ZoneId zone) implements Window {
    public Calendar {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(zone, "zone");
    }

    @Override
    public Duration nominalLength() {
      return unit == CalendarUnit.WEEK ? Duration.ofDays(7) : Duration.ofDays(30);
    }

    @Override
    public String toString() {
      return "calendar " + unit.name().toLowerCase(java.util.Locale.ROOT) + " (" + (zone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId()) + ")";
    }
  }

  enum CalendarUnit {
    WEEK,
    MONTH
  }
}
