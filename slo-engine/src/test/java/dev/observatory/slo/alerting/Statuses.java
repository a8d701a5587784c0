package dev.observatory.slo.alerting;

import dev.observatory.slo.math.AlertState;
import dev.observatory.slo.math.AlertStatus;
import dev.observatory.slo.math.PeriodStatus;
import dev.observatory.slo.math.SloStatus;
import dev.observatory.slo.math.WindowCounts;
import dev.observatory.slo.model.AlertWindows;
import dev.observatory.slo.model.BurnRateAlert;
import dev.observatory.slo.model.SloId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Hand-made evaluation results for the alerting tests: the workbook's four pairs on a 30-day SLO. */
final class Statuses {
  static final SloId CHECKOUT = new SloId("checkout", "place-order-availability");
  static final List<BurnRateAlert> POLICY = AlertWindows.WORKBOOK.policyFor(Duration.ofDays(30));
  static final Instant T0 = Instant.parse("2026-11-03T10:00:00Z");

  private Statuses() {}

  /** Minute {@code minute} after {@link #T0}. */
  static Instant at(int minute) {
    return T0.plus(Duration.ofMinutes(minute));
  }

  /**
   * A status at {@code minute} whose pairs are in the given states, in policy order (page 1h/5m,
   * page 6h/30m, ticket 1d/2h, ticket 3d/6h). Firing pairs burn at twice their factor, OK pairs at 0.5.
   */
  static SloStatus status(int minute, AlertState... states) {
    List<AlertStatus> alerts = new ArrayList<>();
    for (int i = 0; i < POLICY.size(); i++) {
      BurnRateAlert pair = POLICY.get(i);
      AlertState state = states[i];
      OptionalDouble burn = switch (state) {
        case FIRING -> OptionalDouble.of(2 * pair.factor());
        case OK -> OptionalDouble.of(0.5);
        case NO_DATA -> OptionalDouble.empty();
      };
      alerts.add(new AlertStatus(pair, state, burn, state == AlertState.NO_DATA ? OptionalDouble.empty() : OptionalDouble.of(burn.getAsDouble() * 1.5)));
    }
    long epochMinute = at(minute).getEpochSecond() / 60;
    PeriodStatus period = new PeriodStatus(epochMinute - 43200, epochMinute, Duration.ofDays(30), new WindowCounts(999_000, 1_000_000, 43200),
        OptionalDouble.of(0.001), OptionalDouble.of(1), OptionalDouble.of(0.999), OptionalDouble.of(0.58), OptionalDouble.of(0.42));
    return new SloStatus(CHECKOUT, epochMinute, List.of(), period, alerts, Optional.empty());
  }

  static SloStatus pageFiring(int minute) {
    return status(minute, AlertState.FIRING, AlertState.OK, AlertState.OK, AlertState.OK);
  }

  static SloStatus allOk(int minute) {
    return status(minute, AlertState.OK, AlertState.OK, AlertState.OK, AlertState.OK);
  }

  static SloStatus pageNoData(int minute) {
    return status(minute, AlertState.NO_DATA, AlertState.OK, AlertState.OK, AlertState.OK);
  }
}
