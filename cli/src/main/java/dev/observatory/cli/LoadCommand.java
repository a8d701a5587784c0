package dev.observatory.cli;

import dev.observatory.shop.load.LoadConfig;
import dev.observatory.shop.load.LoadGenerator;
import dev.observatory.shop.load.LoadSummary;
import dev.observatory.shop.load.PrometheusDuration;
import dev.observatory.shop.load.ScenarioException;
import dev.observatory.shop.load.ScenarioLoader;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Drive a running shop with virtual users following the OpenTelemetry demo's task mix (browse",
      "product 10, view cart 3, add to cart 2, search 2, home 1, checkout 1, multi-item checkout 1),",
      "or with a fixed arrival rate (--rate). --scenario changes fault flags over time. Prints a RED",
      "line per interval and a summary (requests, errors by route, p50/p95/p99). Ctrl-C stops early."
    })
final class LoadCommand implements Callable<Integer> {
  @Option(names = "--target", defaultValue = "http://127.0.0.1:8080", description = "The shop's base URL (default: ${DEFAULT-VALUE}).")
  URI target;

  @Option(names = "--admin", description = "The shop's admin URL for scenario flags (default: the target's host, port 8081).")
  URI admin;

  @Option(names = "--users", defaultValue = "10", description = "Virtual users (default: ${DEFAULT-VALUE}).")
  int users;

  @Option(names = "--ramp-up", defaultValue = "10s", description = "Time over which the users start (default: ${DEFAULT-VALUE}).")
  String rampUp;

  @Option(names = "--duration", defaultValue = "5m", description = "How long to run, e.g. 30s, 5m, 1h (default: ${DEFAULT-VALUE}).")
  String duration;

  @Option(names = "--think-time", defaultValue = "1s..3s", description = "Pause between a user's tasks, MIN..MAX (default: ${DEFAULT-VALUE}).")
  String thinkTime;

  @Option(names = "--rate", defaultValue = "0", description = "Fixed arrival rate in tasks per second instead of users (0 = off).")
  double rate;

  @Option(names = "--max-concurrency", defaultValue = "100", description = "In --rate mode, tasks in flight at most; arrivals beyond are dropped and counted.")
  int maxConcurrency;

  @Option(names = "--scenario", paramLabel = "FILE", description = "A YAML file of flag changes over time (see slo-definitions/README or the shop docs).")
  Path scenario;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed, for repeatable runs (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--report-interval", defaultValue = "10s", description = "How often to print a RED line (default: ${DEFAULT-VALUE}).")
  String reportInterval;

  @Option(names = "--no-progress", negatable = true, description = "Do not draw the progress bar.")
  boolean progress = true;

  @Mixin VerboseOption verbose;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    LoadConfig config;
    try {
      String[] think = thinkTime.split("\\.\\.");
      var builder = LoadConfig.builder()
          .target(target)
          .users(users)
          .rampUp(PrometheusDuration.parse(rampUp))
          .duration(PrometheusDuration.parse(duration))
          .thinkTime(PrometheusDuration.parse(think[0]), PrometheusDuration.parse(think.length > 1 ? think[1] : think[0]))
          .arrivalRate(rate)
          .maxConcurrency(maxConcurrency)
          .seed(seed)
          .reportInterval(PrometheusDuration.parse(reportInterval))
          .progress(progress && System.console() != null);
      if (admin != null) builder.admin(admin);
      if (scenario != null) builder.scenario(ScenarioLoader.load(scenario));
      config = builder.build();
    } catch (ScenarioException e) {
      throw new InvalidInputException(String.join("\n", e.problems()));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("slo load: " + e.getMessage());
    }
    LoadGenerator load = new LoadGenerator(config, spec.commandLine().getOut());
    Thread stopper = new Thread(load::stop, "load-stop");
    Runtime.getRuntime().addShutdownHook(stopper);
    LoadSummary summary;
    try {
      summary = load.run();
    } catch (IllegalStateException e) {
      throw new RunFailedException("slo load: " + e.getMessage());
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(stopper);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is stopping (Ctrl-C): the hook runs
      }
    }
    return summary.requests() == 0 ? SloCli.FAILURE : SloCli.OK;
  }
}
