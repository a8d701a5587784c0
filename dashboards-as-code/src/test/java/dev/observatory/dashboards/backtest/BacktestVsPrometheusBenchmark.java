package dev.observatory.dashboards.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.observatory.slo.backtest.AlertPolicy;
import dev.observatory.slo.backtest.Backtest;
import dev.observatory.slo.backtest.BacktestInput;
import dev.observatory.slo.backtest.BacktestResult;
import dev.observatory.slo.backtest.SloOutcome;
import dev.observatory.slo.backtest.WindowSeries;
import dev.observatory.slo.model.Durations;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.simulate.OpenMetricsWriter;
import dev.observatory.slo.simulate.Scenario;
import dev.observatory.slo.simulate.ScenarioLoader;
import dev.observatory.slo.simulate.SyntheticHistory;
import dev.observatory.slo.source.HistoryFile;
import dev.observatory.slo.spec.LoadedSlo;
import dev.observatory.slo.spec.PolicyLoader;
import dev.observatory.slo.spec.SpecLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The performance comparison, run on demand (it takes many minutes, so not in CI):
 *
 * <pre>
 * mvn -B -pl dashboards-as-code -am test -Dtest=BacktestVsPrometheusBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dbench.prometheus=true [-Dbench.prometheus.slos=100]
 * </pre>
 *
 * 100 availability SLOs over 100 spans, 30 days of one-minute samples (a synthetic history with ten
 * outages and a slow burn), written as OpenMetrics and backfilled into a real Prometheus. Ours: the
 * whole backtest on one thread (every window of the SLOs' own policy and of Pyrra's, episodes,
 * budgets), median of 5 runs after 2 warm-ups. Prometheus: the generated recording rules'
 * window ratios (5m … 3d) as range queries at a 1-minute step over the 30 days, one query at a
 * time, with {@code GOMAXPROCS=1} so both sides have one core; for {@code bench.prometheus.slos}
 * of the SLOs (default all), scaled to 100 when fewer. Prometheus' values are checked equal to ours.
 */
@EnabledIfSystemProperty(named = "bench.prometheus", matches = "true")
class BacktestVsPrometheusBenchmark {
  static final int SLOS = 100;
  static final int DAYS = 30;
  static final List<Duration> WINDOWS = List.of("5m", "30m", "1h", "2h", "6h", "1d", "3d").stream().map(Durations::parse).toList();

  @Test
  void ourBacktestAgainstPrometheusRangeQueries() throws Exception {
    BackfilledPrometheus.requireInstalled();
    int measured = Integer.getInteger("bench.prometheus.slos", SLOS);
    Path dir = Files.createDirectories(Path.of(System.getProperty("bench.dir", "target/bench-prometheus")));
    List<Slo> slos = SpecLoader.load("bench.yaml", specs()).slos().stream().map(LoadedSlo::slo).toList();
    Scenario scenario = ScenarioLoader.parse("bench-scenario.yaml", scenario(), DAYS);
    Path history = dir.resolve("history.om");
    long t0 = System.nanoTime();
    OpenMetricsWriter.Summary written = OpenMetricsWriter.write(new SyntheticHistory(scenario, DAYS, 7), history, SyntheticHistory.Progress.NONE);
    report("simulate: %d series, %,d samples, %,d bytes in %.1f s", written.series(), written.samples(), written.bytes(), seconds(t0));

    t0 = System.nanoTime();
    HistoryFile.Counts counts = HistoryFile.counts(history, slos);
    report("read the history into minutes: %.1f s", seconds(t0));
    AlertPolicy pyrra = PolicyLoader.load(Path.of("../policies/pyrra.yaml")).policy().orElseThrow();
    BacktestInput input = new BacktestInput(slos, counts.counts(), scenario.incidents(), List.of(AlertPolicy.SPEC, pyrra), Optional.empty(), WINDOWS);
    BacktestResult result = null;
    double[] runs = new double[7];
    for (int i = 0; i < runs.length; i++) {
      long s = System.nanoTime();
      result = Backtest.run(input);
      runs[i] = (System.nanoTime() - s) / 1e6;
    }
    double[] timed = Arrays.copyOfRange(runs, 2, runs.length);
    Arrays.sort(timed);
    double ours = timed[timed.length / 2];
    report("ours: backtest of %d SLOs x %d days, 2 policies: median %.0f ms (runs %s)", slos.size(), DAYS, ours, Arrays.toString(Arrays.stream(runs).mapToLong(Math::round).toArray()));

    t0 = System.nanoTime();
    Map<SloId, Map<Duration, String>> rules = RecordedRatios.of(slos);
    try (BackfilledPrometheus prometheus = BackfilledPrometheus.start(history, dir, "744h", Map.of("GOMAXPROCS", "1"))) {
      report("promtool backfill and Prometheus start: %.1f s", seconds(t0));
      long queryNanos = 0;
      long points = 0;
      double worst = 0;
      for (SloOutcome outcome : result.slos().subList(0, Math.min(measured, result.slos().size()))) {
        for (WindowSeries series : outcome.series()) {
          long first = series.firstEvaluationEpochMinute();
          long s = System.nanoTime();
          double[] theirs = prometheus.rangeQuery(rules.get(outcome.slo().id()).get(series.window()), first - 1, first - 2 + series.size());
          queryNanos += System.nanoTime() - s;
          points += theirs.length;
          for (int i = 0; i < theirs.length; i++) {
            double a = series.errorRatio(i).orElse(Double.NaN);
            double b = theirs[i];
            assertThat(Double.isNaN(a)).as(outcome.slo().id() + " " + series.window() + " at " + (first + i)).isEqualTo(Double.isNaN(b));
            if (a > 0 && b > 0) worst = Math.max(worst, Math.abs(a - b) / Math.max(a, b));
          }
        }
      }
      double prom = queryNanos / 1e9 * SLOS / Math.min(measured, SLOS);
      report("Prometheus: range queries of %d SLOs x %d windows (%,d points): %.1f s%s; largest relative difference to ours %.2g",
          Math.min(measured, SLOS), WINDOWS.size(), points, queryNanos / 1e9, measured < SLOS ? String.format(Locale.ROOT, ", %.1f s scaled to %d SLOs", prom, SLOS) : "", worst);
      report("ratio: Prometheus / ours = %.0fx", prom * 1000 / ours);
      assertThat(worst).isLessThan(0.01);
    }
  }

  private static void report(String format, Object... args) {
    System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static String specs() {
    StringBuilder out = new StringBuilder();
    for (int s = 0; s < 10; s++) {
      out.append("---\napiVersion: observatory/v1\nservice: svc").append(s).append("\nslos:\n");
      for (int i = 0; i < SLOS / 10; i++) {
        out.append("  - {name: op").append(i).append("-availability, objective: 99.9, sli: {availability: {spanName: bench.Service").append(s)
            .append("/Op").append(i).append("}}}\n");
      }
    }
    return out.toString();
  }

  private static String scenario() {
    StringBuilder out = new StringBuilder("apiVersion: observatory/v1\nkind: Scenario\nstart: 2026-09-01T00:00:00Z\nnoise: poisson\ntraffic:\n");
    for (int s = 0; s < 10; s++) {
      for (int i = 0; i < SLOS / 10; i++) {
        out.append("  - {service: svc").append(s).append(", span: bench.Service").append(s).append("/Op").append(i)
            .append(", requestsPerMinute: ").append(20 + 20 * i).append(", dailyCycle: {amplitude: 0.5, peakHour: 19}, errorRatio: 0.0005}\n");
      }
    }
    out.append("incidents:\n");
    List<String> incidents = new ArrayList<>();
    for (int s = 0; s < 10; s++) {
      incidents.add("  - {name: outage" + s + ", kind: outage, service: svc" + s + ", span: bench.Service" + s + "/Op" + s + ", at: " + (2 + 2 * s) + "d7h, duration: 20m}\n");
    }
    incidents.add("  - {name: slow-burn, kind: slowBurn, service: svc3, span: bench.Service3/Op7, errorRatio: 0.002, at: 10d, duration: 2d}\n");
    incidents.forEach(out::append);
    return out.toString();
  }
}
