package dev.observatory.slo.backtest;

import dev.observatory.slo.math.MinuteCounts;
import dev.observatory.slo.math.MinuteSeries;
import dev.observatory.slo.model.Alerting;
import dev.observatory.slo.model.Budgeting;
import dev.observatory.slo.model.Objective;
import dev.observatory.slo.model.Sli;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.model.Window;
import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.Map;

/** Hand-built histories for the backtest tests: minute by minute, from a function of the minute index. */
final class Histories {
  static final long START = Instant.parse("2026-03-02T00:00:00Z").getEpochSecond() / 60;
  static final int DAY = 1440;

  private Histories() {}

  /** Good and total events of minute {@code i}, or null for no data. */
  interface Minute {
    double[] at(int i);
  }

  static MinuteCounts counts(long start, int minutes, Minute f) {
    double[] good = new double[minutes];
    double[] total = new double[minutes];
    BitSet data = new BitSet(minutes);
    for (int i = 0; i < minutes; i++) {
      double[] gt = f.at(i);
      if (gt == null) continue;
      good[i] = gt[0];
      total[i] = gt[1];
      data.set(i);
    }
    return MinuteCounts.of(start, good, total, data);
  }

  /** {@code perMinute} events a minute; in minutes {@code [badFrom, badTo)} {@code bad} of them fail. */
  static MinuteCounts constant(int minutes, double perMinute, int badFrom, int badTo, double bad) {
    return counts(START, minutes, i -> new double[] {i >= badFrom && i < badTo ? perMinute - bad : perMinute, perMinute});
  }

  static MinuteSeries series(MinuteCounts counts) {
    MinuteSeries series = new MinuteSeries(counts.startEpochMinute());
    counts.appendTo(series);
    return series;
  }

  static Slo availability(String name, String percent, Window window, Budgeting budgeting) {
    return new Slo(new SloId("checkout", name), "", new Sli.Availability("checkout", "oteldemo.CheckoutService/PlaceOrder"),
        Objective.percent(percent), window, budgeting, Map.of(), Alerting.DEFAULT);
  }

  static Slo rolling30d(String percent) {
    return availability("place-order", percent, new Window.Rolling(Duration.ofDays(30)), new Budgeting.Occurrences());
  }
}
