package dev.observatory.dashboards.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.observatory.slo.backtest.AlertPolicy;
import dev.observatory.slo.backtest.Backtest;
import dev.observatory.slo.backtest.BacktestInput;
import dev.observatory.slo.backtest.BacktestResult;
import dev.observatory.slo.backtest.Episode;
import dev.observatory.slo.backtest.SloOutcome;
import dev.observatory.slo.backtest.WindowSeries;
import dev.observatory.slo.model.BurnRateAlert;
import dev.observatory.slo.model.Durations;
import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.simulate.Incident;
import dev.observatory.slo.simulate.IncidentKind;
import dev.observatory.slo.simulate.OpenMetricsWriter;
import dev.observatory.slo.simulate.Scenario;
import dev.observatory.slo.simulate.ScenarioLoader;
import dev.observatory.slo.simulate.SyntheticHistory;
import dev.observatory.slo.source.HistoryFile;
import dev.observatory.slo.spec.LoadedSlo;
import dev.observatory.slo.spec.SpecLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our numbers against the real thing: one synthetic history (outage, error burst, latency
 * regression, slow burn, a counter reset and a gap) is written as OpenMetrics, backfilled into a
 * real Prometheus with promtool, and the generated recording rules' expressions
 * ({@code slo:sli_error:ratio_rate<W>}) are run as range queries at a 1-minute step. Every window's
 * error ratio must agree within 1% relative at every step, and every alert episode of the backtest
 * must start within 2 minutes of the same condition evaluated on Prometheus' ratios.
 *
 * <p>Alignment: one sample per series per minute at whole minutes. Prometheus 2.42's range
 * selector is closed, {@code [t - w, t]}, so with samples on both edges {@code rate} needs no
 * extrapolation, and the numerator and denominator share timestamps: the ratio is exactly the
 * ratio of the counters' increases. Our window at evaluation minute {@code now} holds the increases
 * filed under minutes {@code [now - w, now)}, the last being the sample at {@code (now - 1) × 60 s};
 * so it is compared with Prometheus at {@code t = (now - 1) × 60 s}. Steps whose window starts
 * inside a scrape gap are left out: there Prometheus extrapolates from the first sample after the
 * gap, while we file the whole jump across the gap under the first minute after it (as increase()
 * over a window spanning the gap does).
 */
class BacktestMatchesPrometheusTest {
  static final String SCENARIO = """
      apiVersion: observatory/v1
      kind: Scenario
      start: 2026-09-01T00:00:00Z
      noise: poisson
      traffic:
        - service: checkout
          span: oteldemo.CheckoutService/PlaceOrder
          requestsPerMinute: 60
          dailyCycle: {amplitude: 0.5, peakHour: 19}
          errorRatio: 0.0005
          latency: {median: 400ms, p99: 1800ms}
        - service: payment
          span: oteldemo.PaymentService/Charge
          requestsPerMinute: 60
          dailyCycle: {amplitude: 0.5, peakHour: 19}
          errorRatio: 0.002
      incidents:
        - {name: checkout-outage, kind: outage, service: checkout, at: 1d2h, duration: 20m}
        - {name: card-errors, kind: errors, service: payment, errorRatio: 0.05, at: 1d12h, duration: 6h}
        - {name: slow-checkout, kind: latency, service: checkout, latencyFactor: 3, at: 2d4h, duration: 2h}
        - {name: checkout-restart, kind: counterReset, service: checkout, at: 2d12h, duration: 1m}
        - {name: payment-scrape-gap, kind: gap, service: payment, at: 2d20h, duration: 15m}
        - {name: card-slow-burn, kind: slowBurn, service: payment, errorRatio: 0.01, at: 3d, duration: 20h}
      """;
  static final int DAYS = 4;
  static final List<Duration> WINDOWS = List.of("5m", "30m", "1h", "2h", "6h", "1d", "3d").stream().map(Durations::parse).toList();

  @TempDir Path dir;

  @Test
  void errorRatiosAndAlertEpisodesAgreeWithPrometheusOnTheSameHistory() throws Exception {
    BackfilledPrometheus.requireInstalled();
    List<Slo> slos = SpecLoader.load(List.of(Path.of("../slo-definitions/checkout.yaml"), Path.of("../slo-definitions/payment.yaml")))
        .slos().stream().map(LoadedSlo::slo).toList();
    Scenario scenario = ScenarioLoader.parse("prometheus-comparison.yaml", SCENARIO, DAYS);
    Path history = dir.resolve("history.om");
    OpenMetricsWriter.write(new SyntheticHistory(scenario, DAYS, 42), history, SyntheticHistory.Progress.NONE);

    HistoryFile.Counts counts = HistoryFile.counts(history, slos);
    BacktestResult result = Backtest.run(new BacktestInput(slos, counts.counts(), scenario.incidents(), List.of(AlertPolicy.SPEC), Optional.empty(), WINDOWS));
    Map<SloId, Map<Duration, String>> rules = RecordedRatios.of(slos);
    assertThat(result.slos()).hasSize(3);

    try (BackfilledPrometheus prometheus = BackfilledPrometheus.start(history, dir)) {
      long compared = 0;
      double worst = 0;
      for (SloOutcome outcome : result.slos()) {
        Slo slo = outcome.slo();
        List<Incident> gaps = scenario.incidents().stream().filter(i -> i.kind() == IncidentKind.GAP && selects(slo, i)).toList();
        long first = outcome.series().get(0).firstEvaluationEpochMinute();
        int size = outcome.series().get(0).size();
        Map<Duration, double[]> theirs = new java.util.TreeMap<>();
        for (WindowSeries ours : outcome.series()) {
          String expr = rules.get(slo.id()).get(ours.window());
          assertThat(expr).as(slo.id() + " has a recording rule for " + ours.window()).isNotNull();
          double[] prom = prometheus.rangeQuery(expr, first - 1, first - 1 + size - 1);
          theirs.put(ours.window(), prom);
          List<String> mismatches = new ArrayList<>();
          for (int i = 0; i < size; i++) {
            long now = first + i;
            if (startsInGap(now - 1, ours.window(), gaps)) continue;
            compared++;
            double a = ours.errorRatio(i).orElse(Double.NaN);
            double b = prom[i];
            if (!agree(a, b) && mismatches.size() < 5) mismatches.add("now=" + now + " ours=" + a + " prometheus=" + b);
            if (a > 0 && b > 0) worst = Math.max(worst, Math.abs(a - b) / Math.max(a, b));
          }
          assertThat(mismatches).as(slo.id() + " " + Durations.format(ours.window()) + " error ratio vs Prometheus").isEmpty();
        }
        int episodes = compareEpisodes(slo, outcome, theirs, first);
        System.out.printf("%s: %d windows x %d steps, %d episodes checked against Prometheus%n", slo.id(), outcome.series().size(), size, episodes);
      }
      System.out.printf("compared %d steps; largest relative difference %.3g%n", compared, worst);
      assertThat(compared).as("steps compared").isGreaterThan(3 * 7 * 5000L);
      assertThat(result.slos().stream().mapToLong(o -> o.policies().get(0).episodes().size()).sum()).as("episodes to compare").isGreaterThanOrEqualTo(4);
    }
  }

  /** Every episode starts within 2 minutes of the generated alert's condition on Prometheus' ratios, and vice versa. */
  private static int compareEpisodes(Slo slo, SloOutcome outcome, Map<Duration, double[]> theirs, long first) {
    double budget = slo.objective().errorBudget();
    int checked = 0;
    for (Severity severity : Severity.values()) {
      List<BurnRateAlert> pairs = slo.alertPolicy().stream().filter(p -> p.severity() == severity).toList();
      if (pairs.isEmpty()) continue;
      int size = theirs.values().iterator().next().length;
      List<Long> promStarts = new ArrayList<>();
      boolean was = false;
      for (int i = 0; i < size; i++) {
        boolean firing = false;
        for (BurnRateAlert p : pairs) {
          // The generated rule: ratio_rate<long> > (factor * budget) and ratio_rate<short> > (factor * budget).
          double threshold = p.factor() * budget;
          firing |= theirs.get(p.longWindow())[i] > threshold && theirs.get(p.shortWindow())[i] > threshold;
        }
        if (firing && !was) promStarts.add(first + i); // as evaluation minute now = step + 1
        was = firing;
      }
      List<Episode> ours = outcome.policies().get(0).episodes().stream().filter(e -> e.severity() == severity).toList();
      for (Episode e : ours) {
        assertThat(promStarts).as(slo.id() + " " + severity.label() + " episode at " + e.startEpochMinute() + " has a Prometheus start within 2 minutes")
            .anySatisfy(s -> assertThat(Math.abs(s - e.startEpochMinute())).isLessThanOrEqualTo(2));
      }
      for (long s : promStarts) {
        boolean matched = ours.stream().anyMatch(e -> Math.abs(e.startEpochMinute() - s) <= 2
            || (s >= e.startEpochMinute() && s < e.endEpochMinute().orElse(Long.MAX_VALUE)));
        assertThat(matched).as(slo.id() + " " + severity.label() + ": Prometheus fires at " + s + " (a start or a re-fire inside a damped episode of ours)").isTrue();
      }
      assertThat(ours.isEmpty()).as(slo.id() + " " + severity.label() + " episodes on both sides or neither").isEqualTo(promStarts.isEmpty());
      checked += ours.size();
    }
    return checked;
  }

  private static boolean selects(Slo slo, Incident incident) {
    return slo.id().service().equals(incident.service());
  }

  /** Whether Prometheus' range {@code [t - w, t]} at {@code t = minute × 60} starts inside the gap, or on its edge. */
  private static boolean startsInGap(long minute, Duration window, List<Incident> gaps) {
    long start = minute - window.toMinutes();
    return gaps.stream().anyMatch(g -> start >= g.startEpochMinute() - 1 && start <= g.endEpochMinute());
  }

  private static boolean agree(double ours, double theirs) {
    if (Double.isNaN(ours) || Double.isNaN(theirs)) return Double.isNaN(ours) && Double.isNaN(theirs);
    return Math.abs(ours - theirs) <= 0.01 * Math.max(Math.abs(ours), Math.abs(theirs)) + 1e-12;
  }
}
