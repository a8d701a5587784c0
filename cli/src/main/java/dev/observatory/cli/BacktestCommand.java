package dev.observatory.cli;

import dev.observatory.slo.backtest.AlertPolicy;
import dev.observatory.slo.backtest.Backtest;
import dev.observatory.slo.backtest.BacktestInput;
import dev.observatory.slo.backtest.BacktestResult;
import dev.observatory.slo.backtest.BacktestWriter;
import dev.observatory.slo.backtest.MinuteRange;
import dev.observatory.slo.math.MinuteCounts;
import dev.observatory.slo.model.Durations;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.simulate.Incident;
import dev.observatory.slo.simulate.Scenario;
import dev.observatory.slo.simulate.SyntheticHistory;
import dev.observatory.slo.source.HistoryFile;
import dev.observatory.slo.spec.LoadedSlo;
import dev.observatory.slo.spec.PolicyLoader;
import dev.observatory.slo.spec.SpecLoader;
import dev.observatory.slo.spec.SpecProblem;
import dev.observatory.slo.spec.SpecSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    description = {
      "Replay a history through the SLOs and alert policies, minute by minute, as the engine would have",
      "evaluated it: error ratios per window, budget consumed at the end of each period, alert episodes per",
      "policy and, when incidents are known, precision, recall, detection time, reset time and the budget",
      "spent before detection. The SLOs' own policies ('spec') are compared with every --policy file side",
      "by side. Bad input (specs, policy files, a garbled history) is reported as file:line and nothing is",
      "written (exit 2); output files are written whole, then renamed."
    },
    footer = {"", "Example:", "  slo backtest slo-definitions --history shop.om --policy policies/pyrra.yaml --json out.json --windows 1h,6h"})
final class BacktestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "SLO spec files, or folders searched for *.yaml and *.yml.")
  List<Path> paths;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Option(names = "--history", paramLabel = "FILE.om", description = "OpenMetrics history with timestamps (what promtool tsdb create-blocks-from openmetrics reads).")
    Path history;

    @Option(names = "--scenario", paramLabel = "FILE", description = "A synthetic scenario (with --days and --seed) instead of a history; its incidents are the ground truth.")
    Path scenario;
  }

  @Option(names = "--days", paramLabel = "N", description = "Days of synthetic history (with --scenario).")
  Integer days;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the synthetic history (with --scenario; default: ${DEFAULT-VALUE}).", defaultValue = "1")
  long seed;

  @Option(names = "--policy", paramLabel = "FILE", description = "An alert-policy file (kind: AlertPolicy) to compare with the SLOs' own policies; repeatable.")
  List<Path> policies = new ArrayList<>();

  @Option(names = "--json", paramLabel = "FILE|-", description = "Write the result as JSON (docs/backtest.md) to FILE, or to standard output with '-' (then no table).")
  String json;

  @Option(names = "--csv", paramLabel = "FILE", description = "Write the --windows series as CSV: time,slo,window,error_ratio.")
  Path csv;

  @Option(names = "--windows", split = ",", paramLabel = "W", defaultValue = "1h,6h", description = "Windows whose per-minute error ratios go to --json and --csv (default: ${DEFAULT-VALUE}).")
  List<String> windows;

  @Option(names = "--from", paramLabel = "TIME", description = "First minute to evaluate: an ISO instant (2026-03-01T00:00:00Z) or a UTC date (default: the history's start).")
  String from;

  @Option(names = "--to", paramLabel = "TIME", description = "Evaluate up to this time, exclusive (default: the history's end).")
  String to;

  @Mixin VerboseOption verbose;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** What to replay: minutes per SLO, warnings to print, and the ground truth. */
  record Replay(SortedMap<SloId, MinuteCounts> minutes, List<String> warnings, List<Incident> incidents) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    SpecSet set = SpecLoader.load(paths);
    for (SpecProblem problem : set.problems()) err.println(problem);
    List<AlertPolicy> all = new ArrayList<>(List.of(AlertPolicy.SPEC));
    boolean bad = set.hasErrors();
    for (Path file : policies) {
      PolicyLoader.Loaded loaded = PolicyLoader.load(file);
      for (SpecProblem problem : loaded.problems()) err.println(problem);
      bad |= loaded.policy().isEmpty();
      loaded.policy().ifPresent(p -> {
        if (all.stream().anyMatch(q -> q.name().equals(p.name()))) throw new InvalidInputException(file + ": a policy named \"" + p.name() + "\" is already given; names must be unique");
        all.add(p);
      });
    }
    if (bad) {
      err.println("invalid input: nothing written");
      return SloCli.INVALID_INPUT;
    }
    List<Duration> series = windows.stream().map(BacktestCommand::window).toList();
    Optional<MinuteRange> range = range();
    List<Slo> slos = set.slos().stream().map(LoadedSlo::slo).toList();

    Replay replay = source.history != null ? history(slos) : scenario(slos);
    for (String w : replay.warnings()) err.println(w);
    BacktestResult result;
    try {
      result = Backtest.run(new BacktestInput(slos, replay.minutes(), replay.incidents(), all, range, series));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("slo backtest: " + e.getMessage());
    }

    Map<Path, BacktestWriter> files = new LinkedHashMap<>();
    if (json != null && !json.equals("-")) files.put(Path.of(json), BacktestWriter.json());
    if (csv != null) files.put(csv, BacktestWriter.csv());
    AtomicFiles.write(files, result);
    PrintWriter out = spec.commandLine().getOut();
    (json != null && json.equals("-") ? BacktestWriter.json() : BacktestWriter.text()).write(result, out);
    out.flush();
    for (Path p : files.keySet()) err.println("wrote " + p);
    return SloCli.OK;
  }

  /** Histories larger than this say on stderr that they are being read, and how long it took. */
  static final long LARGE_HISTORY_BYTES = 64L << 20;

  private Replay history(List<Slo> slos) {
    PrintWriter err = spec.commandLine().getErr();
    try {
      long bytes = java.nio.file.Files.size(source.history);
      long began = System.nanoTime();
      if (bytes > LARGE_HISTORY_BYTES) {
        err.printf(java.util.Locale.ROOT, "reading %s (%,d MB) ...%n", source.history, bytes >> 20);
        err.flush();
      }
      HistoryFile.Counts counts = HistoryFile.counts(source.history, slos);
      if (bytes > LARGE_HISTORY_BYTES) err.printf(java.util.Locale.ROOT, "read %s in %.1f s%n", source.history, (System.nanoTime() - began) / 1e9);
      return new Replay(counts.counts(), counts.warnings(), List.of());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage());
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InvalidInputException(source.history + ": no such file");
    } catch (IOException e) {
      throw new InvalidInputException(source.history + ": cannot read: " + e.getMessage());
    }
  }

  /** The scenario's synthetic history, exactly as `slo simulate` writes it, and its incidents as the ground truth. */
  private Replay scenario(List<Slo> slos) {
    if (days == null) throw new InvalidInputException("slo backtest: --scenario needs --days");
    Scenario loaded = ScenarioFiles.load("slo backtest", source.scenario, days);
    String origin = source.scenario + " (seed " + seed + ", as written by slo simulate)";
    HistoryFile.Counts counts = SyntheticHistory.counts(loaded, days, seed, slos, origin);
    return new Replay(counts.counts(), counts.warnings(), loaded.incidents());
  }

  private Optional<MinuteRange> range() {
    if (from == null && to == null) return Optional.empty();
    long f = from == null ? Long.MIN_VALUE / 2 : minute("--from", from);
    long t = to == null ? Long.MAX_VALUE / 2 : minute("--to", to);
    if (t <= f) throw new InvalidInputException("slo backtest: --to must be after --from");
    return Optional.of(new MinuteRange(f, t));
  }

  private static long minute(String option, String text) {
    Instant at;
    try {
      at = text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("slo backtest: " + option + " \"" + text + "\" is not an ISO instant (2026-03-01T00:00:00Z) or a date (2026-03-01)");
    }
    if (at.getEpochSecond() % 60 != 0 || at.getNano() != 0) throw new InvalidInputException("slo backtest: " + option + " " + text + " is not on a whole minute");
    return at.getEpochSecond() / 60;
  }

  private static Duration window(String text) {
    try {
      Duration d = Durations.parse(text.trim());
      if (d.toMinutes() >= 1 && d.equals(Duration.ofMinutes(d.toMinutes()))) return d;
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("slo backtest: --windows: " + e.getMessage());
    }
    throw new InvalidInputException("slo backtest: --windows: " + text + " is not a whole number of minutes");
  }
}
