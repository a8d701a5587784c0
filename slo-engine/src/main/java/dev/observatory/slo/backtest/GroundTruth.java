package dev.observatory.slo.backtest;

import dev.observatory.slo.simulate.Incident;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Episodes measured against the incidents that concern an SLO. An episode is caused by an incident
 * when it starts in {@code [incident start, incident end + the tripped pair's short window]}: the
 * short window is how long the incident's errors keep a pair's windows up after it ended.
 */
final class GroundTruth {
  private GroundTruth() {}

  /** The episodes with the incidents that caused them. */
  static List<Episode> attribute(List<Episode> episodes, List<Incident> incidents) {
    List<Episode> out = new ArrayList<>(episodes.size());
    for (Episode e : episodes) {
      List<String> causes = new ArrayList<>();
      for (Incident i : incidents) if (causes(i, e)) causes.add(i.name());
      out.add(e.causedBy(causes));
    }
    return out;
  }

  static boolean causes(Incident incident, Episode episode) {
    long latest = incident.endEpochMinute() + episode.pair().shortWindow().toMinutes();
    return episode.startEpochMinute() >= incident.startEpochMinute() && episode.startEpochMinute() <= latest;
  }

  /** Per incident: detection time, reset time, budget spent before detection. */
  static List<IncidentOutcome> outcomes(List<Episode> episodes, List<Incident> incidents, SloLedger ledger) {
    List<IncidentOutcome> out = new ArrayList<>(incidents.size());
    for (Incident i : incidents) {
      long firstStart = Long.MAX_VALUE;
      long lastEnd = Long.MIN_VALUE;
      boolean open = false;
      for (Episode e : episodes) {
        if (!causes(i, e)) continue;
        firstStart = Math.min(firstStart, e.startEpochMinute());
        if (e.endEpochMinute().isPresent()) {
          lastEnd = Math.max(lastEnd, e.endEpochMinute().getAsLong());
        } else {
          open = true;
        }
      }
      if (firstStart == Long.MAX_VALUE) {
        out.add(new IncidentOutcome(i.name(), i.kind(), i.startEpochMinute(), i.endEpochMinute(), OptionalLong.empty(), OptionalLong.empty(), OptionalDouble.empty()));
        continue;
      }
      OptionalLong reset = open ? OptionalLong.empty() : OptionalLong.of(lastEnd - i.endEpochMinute());
      out.add(new IncidentOutcome(i.name(), i.kind(), i.startEpochMinute(), i.endEpochMinute(),
          OptionalLong.of(firstStart - i.startEpochMinute()), reset, ledger.budgetSpent(i.startEpochMinute(), firstStart)));
    }
    return out;
  }
}
