package dev.observatory.slo.backtest;

import dev.observatory.slo.math.MinuteCounts;
import dev.observatory.slo.model.BurnRateAlert;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.simulate.Incident;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Replays per-SLO minute counts through the SLO math and alert policies. Pure and deterministic:
 * the same input gives the same result.
 *
 * <pre>{@code
 * BacktestResult result = Backtest.run(new BacktestInput(slos, minutes, incidents,
 *     List.of(AlertPolicy.SPEC, pyrra), Optional.empty(), List.of(Duration.ofHours(1))));
 * }</pre>
 */
public final class Backtest {
  /** The windows every SLO reports (the Sloth/SRE workbook set), computed whatever the policies. */
  static final List<Duration> STANDARD_WINDOWS = List.of(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(1),
      Duration.ofHours(2), Duration.ofHours(6), Duration.ofDays(1), Duration.ofDays(3));

  private Backtest() {}

  /**
   * @throws IllegalArgumentException when no SLO has minutes, or the range holds no minute of the history
   */
  public static BacktestResult run(BacktestInput input) {
    long historyStart = Long.MAX_VALUE;
    long historyEnd = Long.MIN_VALUE;
    for (MinuteCounts c : input.minutes().values()) {
      if (c.endEpochMinute() <= c.startEpochMinute()) continue;
      historyStart = Math.min(historyStart, c.startEpochMinute());
      historyEnd = Math.max(historyEnd, c.endEpochMinute());
    }
    if (historyStart >= historyEnd) throw new IllegalArgumentException("the history holds no minute of any SLO");
    long from = Math.max(historyStart, input.range().map(MinuteRange::fromEpochMinute).orElse(historyStart));
    long to = Math.min(historyEnd, input.range().map(MinuteRange::toEpochMinute).orElse(historyEnd));
    if (to <= from) throw new IllegalArgumentException("the range holds no minute of the history [" + historyStart + ", " + historyEnd + ")");
    MinuteRange range = new MinuteRange(from, to);
    boolean groundTruth = !input.incidents().isEmpty();

    List<SloOutcome> outcomes = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Slo slo : input.slos().stream().sorted(Comparator.comparing(Slo::id)).toList()) {
      MinuteCounts counts = input.minutes().get(slo.id());
      if (counts == null) {
        skipped.add(slo.id() + ": no minutes in the history" + (slo.sli().selectorBased() ? "" : " (a raw PromQL SLI needs a Prometheus source)"));
        continue;
      }
      outcomes.add(replay(slo, counts, historyStart, historyEnd, range, input, groundTruth));
    }
    List<BacktestResult.PolicyTotals> totals = new ArrayList<>();
    for (int p = 0; p < input.policies().size(); p++) {
      List<Episode> episodes = new ArrayList<>();
      List<IncidentOutcome> incidents = new ArrayList<>();
      for (SloOutcome o : outcomes) {
        episodes.addAll(o.policies().get(p).episodes());
        incidents.addAll(o.policies().get(p).incidents());
      }
      totals.add(new BacktestResult.PolicyTotals(input.policies().get(p).name(), Measures.of(episodes, incidents, groundTruth)));
    }
    return new BacktestResult(range, input.policies(), input.seriesWindows(), groundTruth, outcomes, totals, skipped);
  }

  private static SloOutcome replay(Slo slo, MinuteCounts counts, long historyStart, long historyEnd, MinuteRange range, BacktestInput input, boolean groundTruth) {
    WindowKernel kernel = WindowKernel.of(counts, historyStart, historyEnd);
    int fromK = kernel.index(range.fromEpochMinute() + 1);
    int toK = kernel.index(range.toEpochMinute());
    double budget = slo.objective().errorBudget();

    List<List<BurnRateAlert>> alerts = new ArrayList<>();
    TreeSet<Duration> windows = new TreeSet<>(STANDARD_WINDOWS);
    for (AlertPolicy policy : input.policies()) {
      List<BurnRateAlert> pairs = policy.alertsFor(slo);
      alerts.add(pairs);
      for (BurnRateAlert a : pairs) {
        windows.add(a.longWindow());
        windows.add(a.shortWindow());
      }
    }
    Map<Duration, double[]> burns = new HashMap<>();
    for (Duration w : windows) burns.put(w, kernel.burnRates(Math.toIntExact(w.toMinutes()), fromK, toK, budget));

    SloLedger ledger = new SloLedger(slo, counts, historyStart);
    List<Incident> incidents = input.incidents().stream()
        .filter(i -> IncidentMatcher.concerns(i, slo))
        .filter(i -> i.startEpochMinute() < range.toEpochMinute() && i.endEpochMinute() > range.fromEpochMinute())
        .toList();
    List<PolicyOutcome> policies = new ArrayList<>();
    for (int p = 0; p < input.policies().size(); p++) {
      AlertPolicy policy = input.policies().get(p);
      List<BurnRateAlert> pairs = alerts.get(p);
      double[][][] pairBurns = new double[pairs.size()][][];
      for (int j = 0; j < pairs.size(); j++) {
        pairBurns[j] = new double[][] {burns.get(pairs.get(j).longWindow()), burns.get(pairs.get(j).shortWindow())};
      }
      List<Episode> episodes = new EpisodeFinder(slo.id(), kernel, pairs, pairBurns, policy.minEvents(), fromK).find(toK, policy.resolveAfter(), false);
      episodes = GroundTruth.attribute(episodes, incidents);
      List<IncidentOutcome> outcomes = GroundTruth.outcomes(episodes, incidents, ledger);
      policies.add(new PolicyOutcome(policy.name(), pairs, episodes, outcomes, Measures.of(episodes, outcomes, groundTruth)));
    }
    List<WindowSeries> series = input.seriesWindows().stream()
        .map(w -> new WindowSeries(w, range.fromEpochMinute() + 1, kernel.ratios(Math.toIntExact(w.toMinutes()), fromK, toK)))
        .toList();
    return new SloOutcome(slo, ledger.periods(range), series, policies);
  }
}
