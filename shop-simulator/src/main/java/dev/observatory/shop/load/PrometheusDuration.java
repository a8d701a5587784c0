package dev.observatory.shop.load;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations written the way Prometheus writes them: {@code 30s}, {@code 2m}, {@code 1h30m},
 * {@code 500ms}, {@code 0}. Units in descending order, each at most once: y (365d), w, d, h, m,
 * s, ms.
 */
public final class PrometheusDuration {

  private static final Pattern FORMAT =
      Pattern.compile(
          "(?:(\\d+)y)?(?:(\\d+)w)?(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?(?:(\\d+)ms)?");
  private static final long[] UNIT_MILLIS = {
    365L * 86_400_000, 7L * 86_400_000, 86_400_000, 3_600_000, 60_000, 1_000, 1
  };
  /** Far beyond any load run; keeps the arithmetic away from overflow. */
  private static final long MAX_MILLIS = 100L * 365 * 86_400_000;

  private PrometheusDuration() {}

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException with a message like {@code "2x" is not a duration like 30s
   *     or 2m}
   */
  public static Duration parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("missing duration; use one like 30s or 2m");
    }
    if (text.equals("0")) {
      return Duration.ZERO;
    }
    Matcher m = FORMAT.matcher(text);
    if (text.isEmpty() || !m.matches()) {
      throw new IllegalArgumentException('"' + text + "\" is not a duration like 30s or 2m");
    }
    long millis = 0;
    for (int i = 0; i < UNIT_MILLIS.length; i++) {
      String group = m.group(i + 1);
      if (group != null) {
        if (group.length() > 12) {
          throw new IllegalArgumentException('"' + text + "\" is too long a duration");
        }
        millis += Long.parseLong(group) * UNIT_MILLIS[i];
        if (millis > MAX_MILLIS) {
          throw new IllegalArgumentException('"' + text + "\" is too long a duration");
        }
      }
    }
    return Duration.ofMillis(millis);
  }

  /** Formats like Prometheus ({@code 1h30m}, {@code 45s}, {@code 0s}), to the millisecond. */
  public static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis == 0) {
      return "0s";
    }
    String[] units = {"y", "w", "d", "h", "m", "s", "ms"};
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < UNIT_MILLIS.length; i++) {
      long n = millis / UNIT_MILLIS[i];
      if (n > 0) {
        out.append(n).append(units[i]);
        millis -= n * UNIT_MILLIS[i];
      }
    }
    return out.toString();
  }
}
