package dev.observatory.cli;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "The error-budget report of a month (2026-11) or ISO week (2026-W47) from a running engine: per SLO the",
      "objective, achieved SLI, budget total/consumed/left (events and minutes of full outage), met or missed,",
      "alert episodes and the trend against the previous period."
    })
final class ReportCommand implements Callable<Integer> {
  @Option(names = "--period", description = "A month like 2026-11 or an ISO week like 2026-W47 (default: this month, UTC).")
  String period = YearMonth.now(ZoneOffset.UTC).toString();

  @Option(names = "--format", defaultValue = "md", description = "md, html, csv or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--engine", defaultValue = "http://127.0.0.1:8090", description = "The engine's URL (default: ${DEFAULT-VALUE}).")
  URI engine;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
  Path out;

  @Mixin VerboseOption verbose;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!format.matches("md|html|csv|json")) throw new InvalidInputException("slo report: --format must be md, html, csv or json, found \"" + format + "\"");
    String body = StatusCommand.fetch(engine, "/api/v1/reports/" + period + "?format=" + format);
    if (out == null) {
      spec.commandLine().getOut().print(body);
      return SloCli.OK;
    }
    write(out, body);
    spec.commandLine().getErr().println("wrote the " + period + " report to " + out);
    return SloCli.OK;
  }

  static void write(Path file, String text) throws java.io.IOException {
    Path target = file.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
