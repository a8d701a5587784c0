package dev.observatory.slo.simulate;

import dev.observatory.slo.spec.YamlMap;
import java.math.BigDecimal;

/** Numbers of a scenario file, checked against their range where they are written. */
final class Numbers {
  private Numbers() {}

  /** The number at {@code key}, or null after reporting that it is missing, not a number or out of range. */
  static Double inRange(YamlMap map, String key, boolean required, double low, boolean lowIncluded, double high, boolean highIncluded) {
    BigDecimal number = map.number(key, required);
    if (number == null) return null;
    double v = number.doubleValue();
    boolean ok = (lowIncluded ? v >= low : v > low) && (highIncluded ? v <= high : v < high);
    if (!ok) {
      String range = (lowIncluded ? "[" : "(") + plain(low) + ", " + plain(high) + (highIncluded ? "]" : ")");
      map.problems().error(map.positionOf(key), map.qualified(key) + " must be in " + range + ", found " + number.toPlainString());
      return null;
    }
    return v;
  }

  static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
