package dev.observatory.cli;

import dev.observatory.slo.model.Slo;
import dev.observatory.slo.spec.Conversion;
import dev.observatory.slo.spec.LoadedSlo;
import dev.observatory.slo.spec.SpecConverter;
import dev.observatory.slo.spec.SpecFormat;
import dev.observatory.slo.spec.SpecLoader;
import dev.observatory.slo.spec.SpecProblem;
import dev.observatory.slo.spec.SpecSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Translate SLO specs between formats: native (observatory/v1), openslo (OpenSLO v1), sloth (Sloth prometheus/v1).",
      "Invalid input is reported as by 'slo validate' and nothing is written. What the target format cannot",
      "express is a warning (converted with a loss) or an error (not converted)."
    })
final class ConvertCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Spec files, or folders searched for *.yaml and *.yml.")
  List<Path> paths;

  @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "Target format: ${COMPLETION-CANDIDATES}.", converter = FormatConverter.class, completionCandidates = FormatConverter.Names.class)
  SpecFormat to;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
  Path out;

  @Mixin VerboseOption verbose;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    SpecSet set = SpecLoader.load(paths);
    for (SpecProblem problem : set.problems()) err.println(problem);
    if (set.hasErrors()) {
      err.println("invalid input: nothing converted");
      return SloCli.INVALID_INPUT;
    }
    List<Slo> slos = set.slos().stream().map(LoadedSlo::slo).toList();
    Conversion conversion = SpecConverter.convert(slos, to);
    conversion.warnings().forEach(w -> err.println("warning: " + w));
    conversion.errors().forEach(e -> err.println("error: " + e));
    if (!conversion.errors().isEmpty()) {
      err.println("cannot convert to " + to.cliName() + ": nothing written");
      return SloCli.INVALID_INPUT;
    }
    String header = "# Converted by slo convert --to " + to.cliName() + "\n";
    if (out == null) {
      spec.commandLine().getOut().print(header + conversion.text());
    } else {
      Path target = out.toAbsolutePath();
      Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      try {
        Files.writeString(tmp, header + conversion.text(), StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
      err.println("wrote " + slos.size() + (slos.size() == 1 ? " SLO" : " SLOs") + " to " + out);
    }
    return SloCli.OK;
  }

  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<SpecFormat> {
    @Override
    public SpecFormat convert(String value) {
      for (SpecFormat f : SpecFormat.values()) {
        if (f.cliName().equals(value)) return f;
      }
      throw new picocli.CommandLine.TypeConversionException("unknown format '" + value + "'; use native, openslo or sloth");
    }

    static final class Names implements Iterable<String> {
      @Override
      public java.util.Iterator<String> iterator() {
        return java.util.Arrays.stream(SpecFormat.values()).map(SpecFormat::cliName).iterator();
      }
    }
  }
}
