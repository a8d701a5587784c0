package dev.observatory.slo.backtest;

import dev.observatory.slo.math.MinuteCounts;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.simulate.Incident;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What to replay.
 *
 * @param minutes per SLO its minute counts (from {@code HistoryFile.counts} or a synthetic
 *     history); SLOs without an entry are skipped and reported so
 * @param incidents the ground truth; empty when there is none (a recorded history): precision and
 *     recall are then undefined
 * @param policies the policies to compare, side by side, in this order
 * @param range the minutes to evaluate; empty: the whole history (clipped to it anyway)
 * @param seriesWindows windows whose per-minute error ratios the result keeps, for output
 */
public record BacktestInput(
    List<Slo> slos,
    SortedMap<SloId, MinuteCounts> minutes,
    List<Incident> incidents,
    List<AlertPolicy> policies,
    Optional<MinuteRange> range,
    List<Duration> seriesWindows) {
  public BacktestInput {
    slos = List.copyOf(slos);
    minutes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(minutes));
    incidents = List.copyOf(incidents);
    policies = List.copyOf(policies);
    Objects.requireNonNull(range, "range");
    seriesWindows = List.copyOf(seriesWindows);
    if (policies.isEmpty()) throw new IllegalArgumentException("a backtest needs at least one policy");
    var names = new HashSet<String>();
    for (AlertPolicy p : policies) {
      if (!names.add(p.name())) throw new IllegalArgumentException("two policies are named \"" + p.name() + "\"; names must be unique");
    }
    for (Duration w : seriesWindows) {
      if (w.toMinutes() < 1 || !w.equals(Duration.ofMinutes(w.toMinutes()))) {
        throw new IllegalArgumentException("window " + w + " must be a whole number of minutes, at least 1m");
      }
    }
  }

  /** The spec policy and then {@code others}, over the whole history, keeping no per-minute series. */
  public static BacktestInput of(List<Slo> slos, SortedMap<SloId, MinuteCounts> minutes, List<Incident> incidents, List<AlertPolicy> policies) {
    return new BacktestInput(slos, minutes, incidents, policies, Optional.empty(), List.of());
  }
}
