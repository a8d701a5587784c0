package dev.observatory.shop.load;

import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs load against the Astronomy Shop. Usage from the CLI:
 *
 * <pre>
 * LoadGenerator load = new LoadGenerator(config, out);
 * // on Ctrl-C, from a shutdown hook: load.stop();
 * LoadSummary summary = load.run();   // blocks for config.duration(), prints as it goes
 * </pre>
 *
 * {@code run()} fetches the product list and currencies once, starts the users (or the arrival
 * schedule) and the scenario, prints progress and RED lines, and ends at the duration, the task
 * limit, on {@link #stop()} or when its thread is interrupted. In-flight requests then get
 * {@code stopGrace} to finish before they are cancelled; the final summary is printed and
 * returned. A generator runs once.
 */
public final class LoadGenerator {

  private final LoadConfig config;
  private final PrintWriter out;
  private final Ticker ticker;
  private final Clock wallClock;
  private final HttpClient http;
  private final AtomicBoolean used = new AtomicBoolean();
  private volatile boolean stopRequested;
  private volatile RunControl control;

  public LoadGenerator(LoadConfig config, PrintWriter out) {
    this(config, out, Ticker.system(), Clock.systemUTC(), defaultHttpClient(config));
  }

  LoadGenerator(
      LoadConfig config, PrintWriter out, Ticker ticker, Clock wallClock, HttpClient http) {
    this.config = config;
    this.out = out;
    this.ticker = ticker;
    this.wallClock = wallClock;
    this.http = http;
  }

  static HttpClient defaultHttpClient(LoadConfig config) {
    Duration connect = config.requestTimeout().compareTo(Duration.ofSeconds(5)) < 0
        ? config.requestTimeout()
        : Duration.ofSeconds(5);
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(connect)
        .build();
  }

  /** Asks a running (or not yet started) run to end; returns at once, thread-safe. */
  public void stop() {
    stopRequested = true;
    RunControl c = control;
    if (c != null) {
      c.requestStop();
    }
  }

  /**
   * Runs the load and returns its summary (also printed). Never throws on request failures,
   * which are counted; throws {@link IllegalStateException} if the shop lists no products at
   * the start, and if called twice.
   */
  public LoadSummary run() {
    if (!used.compareAndSet(false, true)) {
      throw new IllegalStateException("a LoadGenerator runs once; make a new one");
    }
    Stats stats = new Stats();
    Output output = new Output(out);
    output.line(header());
    config
        .scenario()
        .ifPresent(s -> ScenarioRunner.warnings(s, config.duration()).forEach(output::line));
    ShopClient shop = new ShopClient(http, config.target(), config.requestTimeout(), stats, ticker);
    VirtualUser.Catalog catalog;
    try {
      catalog = new VirtualUser.Catalog(shop.productIds(), shop.currencies());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return finish(stats, Duration.ZERO, true, output);
    }

    RunControl run =
        new RunControl(ticker, ticker.nanos(), config.duration().toNanos(), config.maxTasks());
    control = run;
    if (stopRequested) {
      run.requestStop();
    }
    Workers workers = new Workers("load-user", run);
    startDriver(shop, catalog, stats, run, workers);
    workers.sealed();
    Thread scenario = startScenario(run, output);

    boolean interrupted = waitForEnd(run, stats, output);
    run.windDown();
    try {
      if (!ticker.await(workers.done(), ticker.nanos() + config.stopGrace().toNanos())) {
        workers.stopNow();
        // the cancelled requests record themselves; give them a moment to do so
        workers.done().await(1, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      interrupted = true;
      workers.stopNow();
    }
    workers.close();
    if (scenario != null) {
      scenario.interrupt();
    }
    LoadSummary summary =
        finish(stats, Duration.ofNanos(run.elapsed()), run.stopRequested() || interrupted, output);
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return summary;
  }

  private void startDriver(
      ShopClient shop, VirtualUser.Catalog catalog, Stats stats, RunControl run, Workers workers) {
    SplittableRandom root = new SplittableRandom(config.seed());
    List<VirtualUser> users = new ArrayList<>();
    List<SplittableRandom> randoms = new ArrayList<>();
    for (int i = 0; i < config.users(); i++) {
      SplittableRandom random = root.split();
      users.add(new VirtualUser(VirtualUser.newUserId(random), shop, catalog, wallClock));
      randoms.add(random);
    }
    if (config.openModel()) {
      new OpenModel(users, root.split(), config.arrivalRate(), config.maxConcurrency(), stats, run)
          .start(workers);
    } else {
      new ClosedModel(
              users,
              randoms,
              config.rampUp(),
              config.thinkTimeMin(),
              config.thinkTimeMax(),
              stats,
              run)
          .start(workers);
    }
  }

  private Thread startScenario(RunControl run, Output output) {
    if (config.scenario().isEmpty()) {
      return null;
    }
    FlagAdmin admin = new FlagAdmin(http, config.admin(), config.requestTimeout());
    ScenarioRunner runner = new ScenarioRunner(config.scenario().get(), admin, run, output);
    Thread thread = new Thread(runner, "load-scenario");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** Reports until the duration is over, the workers are done, or a stop; true if interrupted. */
  private boolean waitForEnd(RunControl run, Stats stats, Output output) {
    Reporter reporter =
        new Reporter(stats, output, config.duration(), config.progress(), config.reportInterval());
    long second = 1_000_000_000L;
    try {
      while (true) {
        long elapsed = run.elapsed();
        long next = reporter.nextIntervalNanos();
        if (config.progress()) {
          next = Math.min(next, (elapsed / second + 1) * second);
        }
        if (ticker.await(run.attention(), Math.min(run.start() + next, run.end()))) {
          return false;
        }
        if (ticker.nanos() >= run.end()) {
          return false;
        }
        reporter.tick(run.elapsed());
      }
    } catch (InterruptedException e) {
      run.requestStop();
      return true;
    }
  }

  private LoadSummary finish(Stats stats, Duration elapsed, boolean stopped, Output output) {
    LoadSummary summary = summarize(stats, elapsed, stopped);
    SummaryWriter.write(summary, output.writer());
    return summary;
  }

  static LoadSummary summarize(Stats stats, Duration elapsed, boolean stopped) {
    List<LoadSummary.RouteSummary> routes = new ArrayList<>();
    List<LoadSummary.ErrorCount> errors = new ArrayList<>();
    long requests = 0;
    long failed = 0;
    for (Route route : sortedRoutes()) {
      long n = 0;
      long bad = 0;
      for (Map.Entry<String, Long> e : stats.outcomes(route).entrySet()) {
        n += e.getValue();
        if (Stats.isError(e.getKey())) {
          bad += e.getValue();
          errors.add(new LoadSummary.ErrorCount(route.label(), e.getKey(), e.getValue()));
        }
      }
      if (n > 0) {
        routes.add(routeSummary(route.label(), n, bad, stats.latency(route)));
      }
      requests += n;
      failed += bad;
    }
    LoadSummary.RouteSummary overall =
        routeSummary("all", requests, failed, stats.latencyOverall());
    return new LoadSummary(
        elapsed, stats.tasksStarted(), stats.droppedArrivals(), stopped, routes, overall, errors);
  }

  private static List<Route> sortedRoutes() {
    List<Route> routes = new ArrayList<>(List.of(Route.values()));
    routes.sort((a, b) -> a.label().compareTo(b.label()));
    return routes;
  }

  static LoadSummary.RouteSummary routeSummary(
      String name, long requests, long errors, LatencyHistogram.Snapshot latency) {
    return new LoadSummary.RouteSummary(
        name,
        requests,
        errors,
        micros(latency.quantileMicros(0.50)),
        micros(latency.quantileMicros(0.95)),
        micros(latency.quantileMicros(0.99)));
  }

  private static Duration micros(double micros) {
    return Duration.ofNanos(Math.round(micros * 1000));
  }

  private String header() {
    String model =
        config.openModel()
            ? String.format(
                java.util.Locale.ROOT,
                "%s tasks/s (at most %d in flight)",
                new java.math.BigDecimal(Double.toString(config.arrivalRate()))
                    .stripTrailingZeros()
                    .toPlainString(),
                config.maxConcurrency())
            : config.users()
                + (config.users() == 1 ? " user" : " users")
                + " (ramp-up "
                + PrometheusDuration.format(config.rampUp())
                + ", think time "
                + PrometheusDuration.format(config.thinkTimeMin())
                + ".."
                + PrometheusDuration.format(config.thinkTimeMax())
                + ")";
    return "Load on "
        + config.target()
        + ": "
        + model
        + " for "
        + PrometheusDuration.format(config.duration())
        + (config.maxTasks() > 0 ? " or " + config.maxTasks() + " tasks" : "")
        + ", seed "
        + config.seed()
        + config.scenario().map(s -> ", scenario " + s.name()).orElse("");
  }
}
