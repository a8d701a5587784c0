package dev.observatory.slo.backtest;

import dev.observatory.slo.alerting.Damping;
import dev.observatory.slo.math.MinuteCounts;
import dev.observatory.slo.model.Alerting;
import dev.observatory.slo.model.Budgeting;
import dev.observatory.slo.model.Objective;
import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.Sli;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.model.Window;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The performance case: 100 SLOs × 30 days (43,200 minutes) of seeded random minute counts,
 * every standard and policy window, the SLOs' own policies and Pyrra's, episodes, period budgets.
 * The SLOs mix 30-day rolling occurrences, calendar months in several zones, and one in ten on
 * 5-minute timeslices; one minute in a thousand has no data, one in a hundred a burst of errors.
 * One thread: the goal is at most 2 s per operation on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BacktestBenchmark {
  private static final int SLOS = 100;
  private static final int MINUTES = 30 * 1440;
  private static final long START = 29_457_000; // 2026-01-03, an epoch minute
  private static final String[] ZONES = {"UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata"};

  static final AlertPolicy PYRRA = new AlertPolicy("pyrra", List.of(
      PolicyPair.burnRate(Severity.PAGE, Duration.ofHours(1), Duration.ofMinutes(5), 14),
      PolicyPair.burnRate(Severity.PAGE, Duration.ofHours(6), Duration.ofMinutes(30), 7),
      PolicyPair.burnRate(Severity.TICKET, Duration.ofDays(1), Duration.ofHours(2), 2),
      PolicyPair.burnRate(Severity.TICKET, Duration.ofDays(4), Duration.ofHours(6), 1)), Damping.DEFAULT, 0);

  private BacktestInput input;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20260103);
    List<Slo> slos = new ArrayList<>();
    TreeMap<SloId, MinuteCounts> minutes = new TreeMap<>();
    for (int i = 0; i < SLOS; i++) {
      Slo slo = slo(i);
      slos.add(slo);
      minutes.put(slo.id(), counts(random, 1 + random.nextInt(2_000)));
    }
    input = new BacktestInput(slos, minutes, List.of(), List.of(AlertPolicy.SPEC, PYRRA), Optional.empty(), List.of());
  }

  @Benchmark
  public BacktestResult hundredSlosThirtyDaysTwoPolicies() {
    return Backtest.run(input);
  }

  private static MinuteCounts counts(SplittableRandom random, double rate) {
    double[] good = new double[MINUTES];
    double[] total = new double[MINUTES];
    BitSet data = new BitSet(MINUTES);
    for (int m = 0; m < MINUTES; m++) {
      int kind = random.nextInt(1_000);
      if (kind == 0) continue;
      total[m] = Math.floor(rate * (0.5 + random.nextDouble()));
      double bad = kind < 10 ? Math.floor(total[m] * random.nextDouble()) : random.nextInt(3);
      good[m] = Math.max(0, total[m] - bad);
      data.set(m);
    }
    return MinuteCounts.of(START, good, total, data);
  }

  private static Slo slo(int i) {
    Window window;
    Budgeting budgeting = new Budgeting.Occurrences();
    if (i % 10 == 0) {
      window = new Window.Rolling(Duration.ofDays(30));
      budgeting = new Budgeting.Timeslices(Duration.ofMinutes(5), new BigDecimal("0.95"));
    } else if (i % 2 == 0) {
      window = new Window.Calendar(Window.CalendarUnit.MONTH, ZoneId.of(ZONES[i % ZONES.length]));
    } else {
      window = new Window.Rolling(Duration.ofDays(30));
    }
    return new Slo(new SloId("bench", "slo-" + i), "", new Sli.Availability("bench", "span-" + i),
        Objective.percent(i % 3 == 0 ? "99.9" : "99.5"), window, budgeting, Map.of(), Alerting.DEFAULT);
  }
}
