package dev.observatory.shop.load;

import java.time.Duration;

/** How the output shows elapsed time: {@code 1m05s}, {@code 1h02m03s}, {@code 7s}. */
final class Elapsed {

  private Elapsed() {}

  static String format(Duration d) {
    long s = d.getSeconds();
    long h = s / 3600;
    long m = s % 3600 / 60;
    long sec = s % 60;
    if (h > 0) {
      return String.format("%dh%02dm%02ds", h, m, sec);
    }
    if (m > 0) {
      return String.format("%dm%02ds", m, sec);
    }
    return sec + "s";
  }
}
