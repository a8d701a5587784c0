package dev.observatory.cli;

import dev.observatory.slo.spec.SpecLoader;
import dev.observatory.slo.spec.SpecProblem;
import dev.observatory.slo.spec.SpecSet;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Parse and check SLO spec files or folders (native observatory/v1, OpenSLO v1, Sloth prometheus/v1).",
      "Reports every problem as file:line:col: message on stderr; exits 2 when there is an error."
    })
final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Spec files, or folders searched for *.yaml and *.yml.")
  List<Path> paths;

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  @Mixin VerboseOption verbose;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    SpecSet set = SpecLoader.load(paths);
    var err = spec.commandLine().getErr();
    var out = spec.commandLine().getOut();
    for (SpecProblem problem : set.problems()) err.println(problem);
    int errors = set.errors().size();
    int warnings = set.warnings().size();
    boolean failed = errors > 0 || (strict && warnings > 0);
    String summary = set.files() + (set.files() == 1 ? " file, " : " files, ") + set.slos().size() + (set.slos().size() == 1 ? " SLO" : " SLOs");
    if (failed) {
      err.println("invalid: " + summary + ", " + errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings"));
      return SloCli.INVALID_INPUT;
    }
    out.println("ok: " + summary + (warnings > 0 ? ", " + warnings + (warnings == 1 ? " warning" : " warnings") : ""));
    return SloCli.OK;
  }
}
