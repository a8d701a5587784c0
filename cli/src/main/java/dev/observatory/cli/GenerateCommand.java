package dev.observatory.cli;

import dev.observatory.dashboards.Generator;
import dev.observatory.dashboards.alertmanager.Receivers;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.spec.LoadedSlo;
import dev.observatory.slo.spec.SpecLoader;
import dev.observatory.slo.spec.SpecProblem;
import dev.observatory.slo.spec.SpecSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Generate what watches the SLOs: DIR/prometheus/*.rules.yaml (recording and alert rules, with",
      "promtool tests beside them, *.test.yaml), DIR/alertmanager/alertmanager.yml and DIR/grafana/*.json.",
      "Specs that 'slo validate' rejects generate nothing (exit 2). Files are written whole, then renamed."
    })
final class GenerateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Spec files, or folders searched for *.yaml and *.yml.")
  List<Path> paths;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
  Path out;

  @Option(names = "--page-webhook", paramLabel = "URL", description = "Webhook of the pager receiver (default: a placeholder).")
  String pageWebhook;

  @Option(names = "--ticket-webhook", paramLabel = "URL", description = "Webhook of the ticket receiver (default: a placeholder).")
  String ticketWebhook;

  @Mixin VerboseOption verbose;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    SpecSet set = SpecLoader.load(paths);
    for (SpecProblem problem : set.problems()) err.println(problem);
    if (set.hasErrors()) {
      err.println("invalid input: nothing generated");
      return SloCli.INVALID_INPUT;
    }
    List<Slo> slos = set.slos().stream().map(LoadedSlo::slo).toList();
    Map<String, String> files;
    try {
      files = Generator.files(slos, new Receivers(pageWebhook, ticketWebhook));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("slo generate: " + e.getMessage());
    }
    try {
      List<Path> written = Generator.write(files, out);
      spec.commandLine().getOut().println("wrote " + written.size() + " files for " + slos.size() + " SLOs under " + out);
    } catch (IOException e) {
      throw new InvalidInputException("slo generate: cannot write to " + out + ": " + e.getMessage());
    }
    return SloCli.OK;
  }
}
