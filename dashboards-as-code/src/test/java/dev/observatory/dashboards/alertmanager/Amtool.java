package dev.observatory.dashboards.alertmanager;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the real {@code amtool} (Alertmanager's own config checker and router). Missing amtool
 * fails the test when the environment says {@code CI=true} and skips it elsewhere, so a laptop
 * without Alertmanager can still build and CI can never pass without the real check.
 */
final class Amtool {
  record Result(int exitCode, String stdout, String stderr) {}

  private final Path binary;

  private Amtool(Path binary) {
    this.binary = binary;
  }

  static Amtool require() {
    Optional<Path> found = find();
    if (found.isEmpty()) {
      if ("true".equals(System.getenv("CI"))) fail("amtool is not installed (on PATH or AMTOOL), and CI=true requires it");
      Assumptions.abort("amtool is not installed; skipped outside CI");
    }
    return new Amtool(found.get());
  }

  private static Optional<Path> find() {
    String explicit = System.getenv("AMTOOL");
    if (explicit != null && Files.isExecutable(Path.of(explicit))) return Optional.of(Path.of(explicit));
    String path = System.getenv("PATH");
    List<String> dirs = new ArrayList<>(path == null ? List.of() : List.of(path.split(java.io.File.pathSeparator)));
    dirs.add("/usr/bin");
    return dirs.stream().map(d -> Path.of(d, "amtool")).filter(Files::isExecutable).findFirst();
  }

  Result checkConfig(Path config) {
    return run(List.of("check-config", config.toString()));
  }

  /** The receivers an alert with {@code labels} (each {@code name=value}) reaches, as amtool prints them. */
  String routesTest(Path config, List<String> labels) {
    List<String> args = new ArrayList<>(List.of("config", "routes", "test", "--config.file=" + config));
    args.addAll(labels);
    Result result = run(args);
    if (result.exitCode() != 0) fail("amtool " + args + " exited " + result.exitCode() + ": " + result.stderr());
    return result.stdout().strip();
  }

  private Result run(List<String> args) {
    List<String> command = new ArrayList<>(List.of(binary.toString()));
    command.addAll(args);
    try {
      Path out = Files.createTempFile("amtool", ".out");
      Path err = Files.createTempFile("amtool", ".err");
      try {
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          fail("amtool " + args + " did not finish within 60s");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
