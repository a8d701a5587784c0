package dev.observatory.slo.backtest;

import dev.observatory.slo.model.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalDouble;

/** How the writers spell times, windows and shares; one place, so the formats agree. */
final class Formats {
  private Formats() {}

  static String time(long epochMinute) {
    return Instant.ofEpochSecond(epochMinute * 60).toString();
  }

  static String window(Duration d) {
    return Durations.format(d);
  }

  /** Minutes as a duration ({@code 1h4m}); below an hour, fractions as decimals ({@code 2.5m}); signed. */
  static String minutes(double minutes) {
    if (minutes == 0) return "0m";
    String sign = minutes < 0 ? "-" : "";
    double abs = Math.abs(minutes);
    if (abs >= 60) abs = Math.rint(abs); // a mean of 325.8 minutes reads better as 5h26m
    if (abs != Math.rint(abs)) return sign + String.format(Locale.ROOT, "%.1fm", abs);
    return sign + Durations.format(Duration.ofMinutes((long) abs));
  }

  static String percent(OptionalDouble share) {
    return share.isPresent() ? String.format(Locale.ROOT, "%.2f%%", share.getAsDouble() * 100) : "-";
  }

  static String minutes(OptionalDouble minutes) {
    return minutes.isPresent() ? minutes(minutes.getAsDouble()) : "-";
  }
}
