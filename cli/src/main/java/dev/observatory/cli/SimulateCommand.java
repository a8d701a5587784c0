package dev.observatory.cli;

import dev.observatory.slo.simulate.OpenMetricsWriter;
import dev.observatory.slo.simulate.Scenario;
import dev.observatory.slo.simulate.SyntheticHistory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Write a synthetic history of the shop's spanmetrics, with the scenario's incidents, as OpenMetrics text:",
      "the input of 'promtool tsdb create-blocks-from openmetrics' and of 'slo backtest --history'.",
      "",
      "One sample per series per minute at exact minute boundaries (the sample at t holds the counters after",
      "the minute before t closed), every counter starting at 0. The same scenario, days and seed always give",
      "the same bytes. The file is written whole or not at all; a bad scenario is reported as",
      "file:line:col: message lines, exit 2, and nothing is written. See scenarios/shop-month.yaml."
    })
final class SimulateCommand implements Callable<Integer> {

  @Option(names = "--scenario", required = true, paramLabel = "FILE", description = "Scenario YAML (apiVersion: observatory/v1, kind: Scenario).")
  Path scenario;

  @Option(names = "--days", required = true, paramLabel = "N", description = "Days to simulate, 1 to " + ScenarioFiles.MAX_DAYS + "; incidents must end within them.")
  int days;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the random noise (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--start", paramLabel = "INSTANT", description = "First minute, UTC (e.g. 2026-10-01T00:00:00Z); default: the scenario's start:, else 2026-10-01T00:00:00Z.")
  String start;

  @Option(names = "--out", required = true, paramLabel = "FILE.om", description = "Where to write the history (replaced if it exists).")
  Path out;

  @Mixin VerboseOption verbose;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Instant startAt = start == null ? null : instant(start);
    Path parent = out.toAbsolutePath().getParent();
    if (!Files.isDirectory(parent)) throw new InvalidInputException("slo simulate: cannot write " + out + ": no such folder " + parent);
    if (Files.isDirectory(out)) throw new InvalidInputException("slo simulate: cannot write " + out + ": it is a folder");
    Scenario loaded = ScenarioFiles.load("slo simulate", scenario, days);
    if (startAt != null) loaded = loaded.startingAt(startAt);
    PrintWriter err = spec.commandLine().getErr();
    SyntheticHistory history = new SyntheticHistory(loaded, days, seed);
    long began = System.nanoTime();
    int[] shown = {0};
    SyntheticHistory.Progress progress = days < 7 ? SyntheticHistory.Progress.NONE : (done, total) -> {
      int percent = done * 100 / total;
      if (percent / 10 > shown[0] / 10 || done == total) {
        shown[0] = percent;
        err.printf(Locale.ROOT, "simulate: %d%% (%d/%d series groups)%n", percent, done, total);
        err.flush();
      }
    };
    OpenMetricsWriter.Summary summary;
    try {
      summary = OpenMetricsWriter.write(history, out, progress);
    } catch (IOException e) {
      throw new RunFailedException("slo simulate: cannot write " + out + ": " + e.getMessage());
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %d days from %s, seed %d, %d incidents: %d series, %,d samples, %s in %.1f s%n",
        out, days, loaded.start(), seed, loaded.incidents().size(), summary.series(), summary.samples(), size(summary.bytes()), seconds);
    return SloCli.OK;
  }

  private static Instant instant(String text) {
    try {
      Instant t = Instant.parse(text);
      if (t.getEpochSecond() % 60 == 0 && t.getNano() == 0) return t;
      throw new InvalidInputException("slo simulate: --start " + text + " must be a whole minute");
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("slo simulate: --start \"" + text + "\" is not a UTC instant like 2026-10-01T00:00:00Z");
    }
  }

  static String size(long bytes) {
    if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    if (bytes < 1024L * 1024 * 1024) return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    return String.format(Locale.ROOT, "%.2f GiB", bytes / 1073741824.0);
  }
}
