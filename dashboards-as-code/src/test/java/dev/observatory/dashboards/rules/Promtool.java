package dev.observatory.dashboards.rules;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** The real promtool: required in CI (CI=true), otherwise a missing binary skips the test. */
final class Promtool {
  record Result(int exitCode, String output) {}

  private Promtool() {}

  static Path require() {
    Optional<Path> found = find();
    if (found.isEmpty()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) fail("promtool is not installed, and CI=true requires it");
      Assumptions.abort("promtool is not installed");
    }
    return found.get();
  }

  static Result run(Path workDir, String... args) {
    List<String> command = new ArrayList<>();
    command.add(require().toString());
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("promtool " + String.join(" ", args) + " did not finish in 120s");
      }
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      throw new IllegalStateException("cannot run promtool", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Optional<Path> find() {
    String path = System.getenv().getOrDefault("PATH", "");
    List<Path> candidates = new ArrayList<>();
    for (String dir : path.split(java.io.File.pathSeparator)) if (!dir.isEmpty()) candidates.add(Path.of(dir, "promtool"));
    candidates.add(Path.of("/usr/bin/promtool"));
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }
}
