package dev.observatory.slo.backtest;

import dev.observatory.slo.simulate.IncidentKind;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * How one policy did on one incident of one SLO.
 *
 * @param detectionMinutes first caused episode's start − incident start; empty when undetected
 * @param resetMinutes latest end of a caused episode − incident end; empty when undetected or
 *     when a caused episode was still open at the end of the backtest
 * @param budgetSpentBeforeDetection bad events in {@code [incident start, detection)} ÷ (error
 *     budget × all events of the SLO's period ending at detection); empty when undetected or the
 *     period had no events
 */
public record IncidentOutcome(
    String incident,
    IncidentKind kind,
    long startEpochMinute,
    long endEpochMinute,
    OptionalLong detectionMinutes,
    OptionalLong resetMinutes,
    OptionalDouble budgetSpentBeforeDetection) {
  public IncidentOutcome {
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detectionMinutes, "detectionMinutes");
    Objects.requireNonNull(resetMinutes, "resetMinutes");
    Objects.requireNonNull(budgetSpentBeforeDetection, "budgetSpentBeforeDetection");
    if (detectionMinutes.isEmpty() && (resetMinutes.isPresent() || budgetSpentBeforeDetection.isPresent())) {
      throw new IllegalArgumentException(incident + ": an undetected incident has no reset time and no budget spent before detection");
    }
  }

  public boolean detected() {
    return detectionMinutes.isPresent();
  }
}
