package dev.observatory.slo.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Number and time formatting shared by the renderers: Locale.ROOT, half-even rounding, no
 * negative zero, and a refusal of NaN and infinities (they would mean a bug upstream; no data is
 * rendered as {@link #NO_DATA}, never as a number).
 */
final class Format {
  static final String NO_DATA = "no data";
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Format() {}

  /** {@code ratio} rounded to {@code scale} decimals, as plain text ({@code 0.99975}, {@code -201.6}). */
  static String plain(double value, int scale) {
    return decimal(value, scale).stripTrailingZeros().toPlainString();
  }

  static BigDecimal decimal(double value, int scale) {
    requireFinite(value);
    BigDecimal d = BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN);
    return d.signum() == 0 ? BigDecimal.ZERO.setScale(scale) : d;
  }

  /** A ratio as a percentage with fixed decimals: {@code 0.99975} → {@code 99.975%}. */
  static String percent(double ratio, int decimals) {
    return decimal(ratio * 100, decimals).toPlainString() + "%";
  }

  static String percent(OptionalDouble ratio, int decimals) {
    return ratio.isPresent() ? percent(ratio.getAsDouble(), decimals) : NO_DATA;
  }

  /** A ratio difference in percentage points, signed: {@code +0.025 pp}, {@code -25.0 pp}. */
  static String points(double delta, int decimals) {
    BigDecimal d = decimal(delta * 100, decimals);
    return (d.signum() > 0 ? "+" : d.signum() == 0 ? "±" : "") + d.toPlainString() + " pp";
  }

  /** An event count, grouped, with a decimal only when fractional: {@code 4,032}, {@code 6,048.5}. */
  static String count(double value) {
    BigDecimal d = decimal(value, 1);
    DecimalFormat f = new DecimalFormat(d.remainder(BigDecimal.ONE).signum() == 0 ? "#,##0" : "#,##0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    return f.format(d);
  }

  /** Minutes with one decimal: {@code 40.3 min}. */
  static String minutes(double value) {
    return count(value) + " min";
  }

  /** {@code 45 min}, {@code 3 h 30 min}, {@code 2 d 4 h}. */
  static String duration(Duration d) {
    long minutes = d.toMinutes();
    if (minutes < 60) return minutes + " min";
    if (minutes < 1440) return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    return minutes / 1440 + " d" + (minutes % 1440 / 60 == 0 ? "" : " " + minutes % 1440 / 60 + " h");
  }

  /** {@code 2026-02-03 10:05 UTC}. */
  static String instant(Instant instant) {
    return MINUTE.format(instant);
  }

  private static void requireFinite(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(value + ": reports never show NaN or infinities");
    }
  }
}
