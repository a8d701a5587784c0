package dev.observatory.slo.server;

import dev.observatory.slo.math.AlertStatus;
import dev.observatory.slo.math.SloStatus;
import dev.observatory.slo.math.WindowStatus;
import dev.observatory.slo.model.Durations;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.series.SloSeries;
import dev.observatory.slo.server.api.AlertPairJson;
import dev.observatory.slo.server.api.AttributionJson;
import dev.observatory.slo.server.api.SloJson;
import dev.observatory.slo.server.api.WindowJson;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Maps the math's results to the API's JSON records: no data becomes null. */
final class ApiViews {
  private ApiViews() {}

  static SloJson slo(Slo slo, SloStatus s, Map<String, String> alertStates, List<AttributionJson> attribution, boolean detail) {
    List<WindowJson> windows = s == null || !detail ? List.of()
        : s.windows().stream().map(w -> new WindowJson(Durations.format(w.length()), w.counts().good(), w.counts().total(), value(w.errorRatio()), value(w.burnRate()))).toList();
    List<AlertPairJson> pairs = s == null || !detail ? List.of() : s.alerts().stream().map(ApiViews::pair).toList();
    return new SloJson(
        slo.id().service(), slo.id().name(), slo.description(), slo.objective().percent().doubleValue(), slo.window().toString(), slo.budgeting().toString(),
        SloSeries.sliKind(slo.sli()), slo.labels(),
        s == null ? null : Instant.ofEpochSecond(s.evaluatedAtEpochMinute() * 60).toString(),
        s == null ? null : value(s.period().sli()),
        s == null ? null : value(s.period().budgetConsumed()),
        s == null ? null : value(s.period().budgetRemaining()),
        s == null ? null : value(s.period().burnRate()),
        s == null ? null : current(s),
        s == null ? null : s.timeToExhaustion().map(ApiViews::duration).orElse(null),
        alertStates, windows, pairs, attribution);
  }

  private static AlertPairJson pair(AlertStatus a) {
    return new AlertPairJson(a.alert().severity().label(), Durations.format(a.alert().longWindow()), Durations.format(a.alert().shortWindow()),
        a.alert().factor(), a.state().name(), value(a.longBurnRate()), value(a.shortBurnRate()));
  }

  private static Double current(SloStatus s) {
    for (WindowStatus w : s.windows()) if (w.length().equals(Duration.ofMinutes(5))) return value(w.burnRate());
    return null;
  }

  static Double value(OptionalDouble v) {
    return v.isPresent() && Double.isFinite(v.getAsDouble()) ? v.getAsDouble() : null;
  }

  /** {@code 3d4h}, or {@code 0m} when the budget is gone. */
  static String duration(Duration d) {
    long minutes = d.toMinutes();
    return minutes <= 0 ? "0m" : Durations.format(Duration.ofMinutes(minutes));
  }
}
