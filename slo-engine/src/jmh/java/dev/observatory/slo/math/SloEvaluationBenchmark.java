package dev.observatory.slo.math;

import dev.observatory.slo.model.Alerting;
import dev.observatory.slo.model.Budgeting;
import dev.observatory.slo.model.Objective;
import dev.observatory.slo.model.Sli;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.model.Window;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One evaluation cycle of the engine: append the next minute to each of 1,000 SLOs' series and
 * evaluate them all (every window of the default policy, the standard windows and the period).
 * The SLOs mix 30-day rolling occurrences, calendar months in several zones, and one in ten on
 * 5-minute timeslices; each series starts with 30 days of seeded random traffic.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SloEvaluationBenchmark {
  private static final int SLOS = 1_000;
  private static final int HISTORY = 30 * 1440;
  private static final long START = 29_457_000; // 2026-01-03, an epoch minute
  private static final String[] ZONES = {"UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata"};

  private SloPlan[] plans;
  private MinuteSeries[] series;
  private double[] rates;
  private SplittableRandom random;
  private long now;

  @Setup
  public void setUp() {
    random = new SplittableRandom(20260101);
    plans = new SloPlan[SLOS];
    series = new MinuteSeries[SLOS];
    rates = new double[SLOS];
    for (int i = 0; i < SLOS; i++) {
      plans[i] = SloEvaluator.compile(slo(i));
      series[i] = plans[i].newSeries(START);
      rates[i] = 1 + random.nextInt(2_000);
    }
    for (long m = START; m < START + HISTORY; m++) appendMinute(m);
    now = START + HISTORY;
    for (int i = 0; i < SLOS; i++) plans[i].evaluate(series[i], now); // attaches slice bookkeeping once
  }

  @Benchmark
  public void appendAndEvaluateAll(Blackhole blackhole) {
    appendMinute(now);
    now++;
    for (int i = 0; i < SLOS; i++) blackhole.consume(plans[i].evaluate(series[i], now));
  }

  private void appendMinute(long m) {
    for (int i = 0; i < SLOS; i++) {
      int kind = random.nextInt(1_000);
      if (kind == 0) {
        series[i].appendNoData(m);
        continue;
      }
      double total = Math.floor(rates[i] * (0.5 + random.nextDouble()));
      double bad = kind < 10 ? Math.floor(total * random.nextDouble()) : random.nextInt(3);
      series[i].append(m, Math.max(0, total - bad), total);
    }
  }

  private static Slo slo(int i) {
    Window window;
    Budgeting budgeting = new Budgeting.Occurrences();
    if (i % 10 == 0) {
      window = new Window.Rolling(Duration.ofDays(30));
      budgeting = i % 20 == 0
          ? new Budgeting.Timeslices(Duration.ofMinutes(5), new BigDecimal("0.95"))
          : new Budgeting.RatioTimeslices(Duration.ofMinutes(5));
    } else if (i % 2 == 0) {
      window = new Window.Calendar(Window.CalendarUnit.MONTH, ZoneId.of(ZONES[i % ZONES.length]));
    } else {
      window = new Window.Rolling(Duration.ofDays(30));
    }
    return new Slo(
        new SloId("bench", "slo-" + i),
        "",
        new Sli.Availability("bench", "span-" + i),
        Objective.percent(i % 3 == 0 ? "99.9" : "99.5"),
        window,
        budgeting,
        Map.of(),
        Alerting.DEFAULT);
  }
}
