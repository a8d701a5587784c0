package dev.observatory.slo.server;

import dev.observatory.slo.math.MinuteSeries;
import dev.observatory.slo.math.SloPlan;
import dev.observatory.slo.math.SloStatus;
import dev.observatory.slo.report.StatusView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The budget left at evenly spaced points from the period's start to now, for the status page's chart. */
final class BurnDown {
  static final int POINTS = 48;

  private BurnDown() {}

  static List<StatusView.BurnDownPoint> points(SloPlan plan, MinuteSeries series, SloStatus now) {
    long start = Math.max(now.period().startEpochMinute(), series.firstRetainedEpochMinute());
    long end = now.evaluatedAtEpochMinute();
    List<StatusView.BurnDownPoint> points = new ArrayList<>();
    if (end <= start) return points;
    long step = Math.max(1, (end - start) / POINTS);
    for (long m = start + step; m <= end; m += step) {
      Instant at = Instant.ofEpochSecond(m * 60);
      plan.evaluate(series, m).period().budgetRemaining().ifPresent(left -> points.add(new StatusView.BurnDownPoint(at, left)));
    }
    return points;
  }
}
