package dev.observatory.dashboards.rules;

import dev.observatory.slo.model.Budgeting;
import dev.observatory.slo.model.BurnRateAlert;
import dev.observatory.slo.model.Slo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A minute-by-minute traffic pattern for a promtool test (1000 calls a minute; {@code bad[m]} of
 * them bad during minute m, null for no sample at all) and the SLI ratios the generated rules
 * must compute from it, so that expected alerts and their annotations follow from the model.
 */
record Scenario(String name, List<Double> bad) {
  static final double CALLS_PER_MINUTE = 1000;

  Scenario {
    bad = java.util.Collections.unmodifiableList(new ArrayList<>(bad));
  }

  static Scenario steady(String name, int minutes, double badPerMinute) {
    List<Double> bad = new ArrayList<>();
    for (int m = 1; m <= minutes; m++) bad.add(badPerMinute);
    return new Scenario(name, bad);
  }

  List<Double> total() {
    return bad.stream().map(b -> b == null ? null : CALLS_PER_MINUTE).toList();
  }

  /** Bad calls in minute m (1-based), or null. */
  private Double badAt(int minute) {
    return minute >= 1 && minute <= bad.size() ? bad.get(minute - 1) : null;
  }

  /**
   * The error ratio over {@code window} at minute {@code t}, as the rules compute it: events for
   * occurrences, the share of bad slices (1-minute slices only) for timeslices; empty without data.
   */
  Optional<Double> errorRatio(Slo slo, Duration window, int t) {
    long w = window.toMinutes();
    if (slo.budgeting() instanceof Budgeting.Occurrences) {
      double bads = 0;
      double totals = 0;
      for (long m = Math.max(1, t - w + 1); m <= t; m++) {
        Double b = badAt((int) m);
        if (b == null) continue;
        bads += b;
        totals += CALLS_PER_MINUTE;
      }
      return totals > 0 ? Optional.of(bads / totals) : Optional.empty();
    }
    // Range selections include both ends: the verdicts of minutes t-w .. t.
    double sum = 0;
    int count = 0;
    for (long m = Math.max(1, t - w); m <= t; m++) {
      Double b = badAt((int) m);
      if (b == null) continue;
      double good = 1 - b / CALLS_PER_MINUTE;
      sum += slo.budgeting() instanceof Budgeting.Timeslices ts ? (good >= ts.goodRatio().doubleValue() ? 1 : 0) : good;
      count++;
    }
    return count > 0 ? Optional.of(1 - sum / count) : Optional.empty();
  }

  /** Whether a burn-rate pair fires at minute t. */
  boolean fires(Slo slo, BurnRateAlert pair, int t) {
    double threshold = pair.factor() * slo.objective().errorBudget();
    return errorRatio(slo, pair.longWindow(), t).filter(r -> r > threshold).isPresent()
        && errorRatio(slo, pair.shortWindow(), t).filter(r -> r > threshold).isPresent();
  }
}
