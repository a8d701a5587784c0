package dev.observatory.slo.model;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prometheus duration syntax ({@code 5m}, {@code 1h30m}, {@code 30d}, {@code 2w}, {@code 200ms}):
 * units {@code ms s m h d w y} from largest to smallest, each at most once. A year is 365 days,
 * a week 7 days, as in Prometheus.
 */
public final class Durations {
  private static final Pattern SYNTAX =
      Pattern.compile("(?:(\\d+)y)?(?:(\\d+)w)?(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?(?:(\\d+)ms)?");
  private static final long[] UNIT_MILLIS = {
    365L * 86_400_000, 7L * 86_400_000, 86_400_000, 3_600_000, 60_000, 1_000, 1
  };
  private static final String[] UNIT_NAMES = {"y", "w", "d", "h", "m", "s", "ms"};

  private Durations() {}

  /**
   * Parses a Prometheus duration.
   *
   * @throws IllegalArgumentException naming the text and the expected syntax
   */
  public static Duration parse(String text) {
    if (text == null || text.isEmpty() || text.equals("0")) {
      throw new IllegalArgumentException("\"" + (text == null ? "" : text) + "\" is not a duration (expected e.g. 5m, 1h, 30d, 200ms)");
    }
    Matcher m = SYNTAX.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("\"" + text + "\" is not a duration (expected e.g. 5m, 1h, 30d, 200ms)");
    }
    long millis = 0;
    for (int i = 0; i < UNIT_MILLIS.length; i++) {
      String group = m.group(i + 1);
      if (group != null) {
        try {
          millis = Math.addExact(millis, Math.multiplyExact(Long.parseLong(group), UNIT_MILLIS[i]));
        } catch (ArithmeticException | NumberFormatException e) {
          throw new IllegalArgumentException("\"" + text + "\" is too long a duration");
        }
      }
    }
    if (millis == 0) {
      throw new IllegalArgumentException("\"" + text + "\" is zero; a duration must be positive");
    }
    return Duration.ofMillis(millis);
  }

  /** Formats a duration the way Prometheus prints it: {@code 30d}, {@code 1h30m}, {@code 200ms}. */
  public static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis <= 0) {
      throw new IllegalArgumentException(duration + ": only positive durations can be formatted");
    }
    StringBuilder out = new StringBuilder();
    // Weeks and years are left out on purpose: "14d" reads better than "2w" next to "30d".
    for (int i = 0; i < UNIT_MILLIS.length; i++) {
      if (UNIT_NAMES[i].equals("y") || UNIT_NAMES[i].equals("w")) continue;
      long n = millis / UNIT_MILLIS[i];
      if (n > 0) {
        out.append(n).append(UNIT_NAMES[i]);
        millis -= n * UNIT_MILLIS[i];
      }
    }
    return out.toString();
  }
}
