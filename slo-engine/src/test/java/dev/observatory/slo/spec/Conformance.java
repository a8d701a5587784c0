package dev.observatory.slo.spec;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds {@code shared/conformance}, the public examples of other SLO tools that lie beside the
 * repository (never inside it). {@code OBSERVATORY_CONFORMANCE} overrides the search; tests
 * that need it are skipped when it is absent.
 */
final class Conformance {
  private Conformance() {}

  static Path dir() {
    String override = System.getenv("OBSERVATORY_CONFORMANCE");
    if (override != null) return Path.of(override);
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolveSibling("shared").resolve("conformance");
      if (Files.isDirectory(p.resolve("slo-definitions")) && Files.isDirectory(candidate)) return candidate;
    }
    return null;
  }

  static Path require() {
    Path dir = dir();
    Assumptions.assumeTrue(dir != null, "shared/conformance is not beside the repository");
    return dir;
  }
}
