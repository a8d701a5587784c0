package dev.observatory.slo.math;

import dev.observatory.slo.model.SloId;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of one SLO at minute {@code evaluatedAtEpochMinute}, covering the minutes strictly
 * before it.
 *
 * @param windows every sliding window evaluated (the alert policy's, 5m 30m 1h 2h 6h 1d 3d, and a
 *     rolling period's length), shortest first
 * @param period the compliance period and its error budget
 * @param alerts the alert policy's pairs, in policy order
 * @param timeToExhaustion how long until the budget is spent if the last hour's burn rate holds:
 *     {@code remaining × period length ÷ burn rate(1h)}; {@link Duration#ZERO} once nothing
 *     remains; empty when the 1h burn rate is 0 or unknown, or the period has no data. It ignores
 *     that old errors leave a rolling window: a forecast for the next hours, not a schedule.
 */
public record SloStatus(
    SloId id,
    long evaluatedAtEpochMinute,
    List<WindowStatus> windows,
    PeriodStatus period,
    List<AlertStatus> alerts,
    Optional<Duration> timeToExhaustion) {
  public SloStatus {
    Objects.requireNonNull(id, "id");
    windows = List.copyOf(windows);
    Objects.requireNonNull(period, "period");
    alerts = List.copyOf(alerts);
    Objects.requireNonNull(timeToExhaustion, "timeToExhaustion");
  }

  /**
   * The window of the given length.
   *
   * @throws IllegalArgumentException when that window was not evaluated for this SLO
   */
  public WindowStatus window(Duration length) {
    for (WindowStatus w : windows) {
      if (w.length().equals(length)) return w;
    }
    throw new IllegalArgumentException(id + ": no " + length + " window was evaluated");
  }
}
