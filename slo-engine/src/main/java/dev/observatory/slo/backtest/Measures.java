package dev.observatory.slo.backtest;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The SRE workbook's alert-quality measures, plus budget spent before detection. Undefined values
 * are empty, never 0 or NaN: precision without episodes, recall without incidents, both without
 * ground truth; means without a value to average.
 *
 * @param episodes all alert episodes (pages and tickets)
 * @param causedEpisodes episodes attributed to an incident
 * @param incidents incidents that concern the SLO(s)
 * @param detectedIncidents incidents with at least one caused episode
 */
public record Measures(
    int episodes,
    int causedEpisodes,
    int incidents,
    int detectedIncidents,
    OptionalDouble precision,
    OptionalDouble recall,
    OptionalDouble meanDetectionMinutes,
    OptionalDouble meanResetMinutes,
    OptionalDouble meanBudgetSpentBeforeDetection) {

  /** The measures of these episodes and incident outcomes; {@code groundTruth}: whether incidents were given at all. */
  static Measures of(List<Episode> episodes, List<IncidentOutcome> outcomes, boolean groundTruth) {
    int caused = (int) episodes.stream().filter(e -> !e.causedBy().isEmpty()).count();
    int detected = (int) outcomes.stream().filter(IncidentOutcome::detected).count();
    OptionalDouble precision = groundTruth && !episodes.isEmpty() ? OptionalDouble.of((double) caused / episodes.size()) : OptionalDouble.empty();
    OptionalDouble recall = groundTruth && !outcomes.isEmpty() ? OptionalDouble.of((double) detected / outcomes.size()) : OptionalDouble.empty();
    return new Measures(episodes.size(), caused, outcomes.size(), detected, precision, recall,
        mean(outcomes, o -> o.detectionMinutes().isPresent() ? OptionalDouble.of(o.detectionMinutes().getAsLong()) : OptionalDouble.empty()),
        mean(outcomes, o -> o.resetMinutes().isPresent() ? OptionalDouble.of(o.resetMinutes().getAsLong()) : OptionalDouble.empty()),
        mean(outcomes, IncidentOutcome::budgetSpentBeforeDetection));
  }

  private static OptionalDouble mean(List<IncidentOutcome> outcomes, Function<IncidentOutcome, OptionalDouble> value) {
    return outcomes.stream().map(value).filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).average();
  }
}
