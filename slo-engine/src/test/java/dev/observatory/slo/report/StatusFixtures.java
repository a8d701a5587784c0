package dev.observatory.slo.report;

import static dev.observatory.slo.report.ReportFixtures.minute;
import static dev.observatory.slo.report.ReportFixtures.slo;
import static dev.observatory.slo.report.ReportFixtures.traffic;

import dev.observatory.slo.math.MinuteSeries;
import dev.observatory.slo.math.SloEvaluator;
import dev.observatory.slo.math.SloPlan;
import dev.observatory.slo.math.SloStatus;
import dev.observatory.slo.model.Slo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Status views evaluated by the engine's math at 2026-02-15 12:00 UTC, calendar-month SLOs:
 * checkout/place-order (99.9%) burning 2% errors for the last hour (page firing), cart/add-item
 * (99%) with a bad day on the 5th (ticket quiet by now) and frontend/home-page without any data.
 */
final class StatusFixtures {
  static final Instant NOW = Instant.parse("2026-02-15T12:00:00Z");
  private static final long NOW_MINUTE = NOW.getEpochSecond() / 60;

  private StatusFixtures() {}

  static List<StatusView> views() {
    MinuteSeries checkout = new MinuteSeries(ReportFixtures.FEB_1);
    traffic(checkout, ReportFixtures.FEB_1, NOW_MINUTE, 100, NOW_MINUTE - 60, NOW_MINUTE, 2);
    MinuteSeries cart = new MinuteSeries(ReportFixtures.FEB_1);
    long fifth = minute("2026-02-05T00:00:00Z");
    traffic(cart, ReportFixtures.FEB_1, NOW_MINUTE, 10, fifth, fifth + 1440, 0.1);
    return List.of(
        view(slo("frontend", "home-page", "The home page renders", "99.5"), new MinuteSeries(ReportFixtures.FEB_1)),
        view(slo("checkout", "place-order", "Orders are placed", "99.9"), checkout),
        view(slo("cart", "add-item", "Items are added to the cart", "99"), cart));
  }

  /** The view at {@link #NOW}, with a burn-down point every 12 hours of the month so far. */
  static StatusView view(Slo slo, MinuteSeries series) {
    SloPlan plan = SloEvaluator.compile(slo);
    SloStatus status = plan.evaluate(series, NOW_MINUTE);
    List<StatusView.BurnDownPoint> points = new ArrayList<>();
    for (long m = ReportFixtures.FEB_1 + 720; m <= NOW_MINUTE; m += 720) {
      SloStatus then = plan.evaluate(series, m);
      if (then.period().budgetRemaining().isPresent()) {
        points.add(new StatusView.BurnDownPoint(Instant.ofEpochSecond(m * 60), then.period().budgetRemaining().getAsDouble()));
      }
    }
    return StatusView.of(slo, status, points);
  }
}
