package dev.observatory.slo.backtest;

import dev.observatory.slo.model.BurnRateAlert;
import java.util.List;
import java.util.Objects;

/** One SLO under one policy: the pairs in force, the episodes, per incident how it went, the measures. */
public record PolicyOutcome(String policy, List<BurnRateAlert> pairs, List<Episode> episodes, List<IncidentOutcome> incidents, Measures measures) {
  public PolicyOutcome {
    Objects.requireNonNull(policy, "policy");
    pairs = List.copyOf(pairs);
    episodes = List.copyOf(episodes);
    incidents = List.copyOf(incidents);
    Objects.requireNonNull(measures, "measures");
  }
}
