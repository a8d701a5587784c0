package dev.observatory.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code slo} command. Tests call {@link #run} in-process; {@code main} only exits with its code. */
@Command(
    name = "slo",
    mixinStandardHelpOptions = true,
    versionProvider = SloCli.Version.class,
    description = "Observatory: SLOs, error budgets and burn-rate alerts for services that emit OpenTelemetry spans.",
    subcommands = {ValidateCommand.class, GenerateCommand.class, ConvertCommand.class, ShopCommand.class, LoadCommand.class, FlagsCommand.class, EngineCommand.class, StatusCommand.class, ReportCommand.class, SimulateCommand.class, BacktestCommand.class, DemoCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 success, 1 runtime failure, 2 invalid input.", "Run 'slo COMMAND --help' for a command's options."})
public final class SloCli implements Runnable {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int INVALID_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /** Runs the command line and returns its exit code; all output goes to {@code out} and {@code err}. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new SloCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> e instanceof InvalidInputException || e instanceof CommandLine.ParameterException ? INVALID_INPUT : FAILURE);
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("slo: " + e.getMessage());
      err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
      return INVALID_INPUT;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      boolean verbose = parseResult.hasMatchedOption("--verbose") || parseResult.subcommands().stream().anyMatch(s -> s.hasMatchedOption("--verbose"));
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      boolean ours = e instanceof InvalidInputException || e instanceof RunFailedException;
      err.println(ours ? message : "slo: " + message);
      if (verbose) e.printStackTrace(err);
      return e instanceof InvalidInputException ? INVALID_INPUT : FAILURE;
    });
    int code;
    try {
      code = cli.execute(args);
    } catch (Error e) { // picocli hands Errors back; they are still one line unless --verbose
      err.println("slo: internal error: " + e);
      if (java.util.Arrays.asList(args).contains("--verbose")) e.printStackTrace(err);
      code = FAILURE;
    }
    out.flush();
    err.flush();
    return code;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = SloCli.class.getPackage().getImplementationVersion();
      return new String[] {"slo " + (v == null ? "development build" : v)};
    }
  }
}
