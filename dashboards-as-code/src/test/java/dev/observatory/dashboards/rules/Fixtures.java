package dev.observatory.dashboards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.observatory.slo.model.Slo;
import dev.observatory.slo.spec.LoadedSlo;
import dev.observatory.slo.spec.SpecLoader;
import dev.observatory.slo.spec.SpecSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Where the tests find their inputs: the shop's SLOs and the shared conformance folder. */
final class Fixtures {
  private Fixtures() {}

  /** The repository root: the nearest ancestor of the working directory holding slo-definitions/. */
  static Path repoRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("slo-definitions")) && Files.exists(p.resolve("pom.xml"))) return p;
    }
    throw new IllegalStateException("no slo-definitions/ above " + Path.of("").toAbsolutePath());
  }

  static List<Slo> shopSlos() {
    return load(repoRoot().resolve("slo-definitions"));
  }

  static List<Slo> load(Path path) {
    SpecSet set = SpecLoader.load(List.of(path));
    assertThat(set.errors()).as("errors loading %s", path).isEmpty();
    return set.slos().stream().map(LoadedSlo::slo).toList();
  }

  /** {@code shared/conformance}, a sibling of the repository root (or of any ancestor); absent skips the test. */
  static Path conformance() {
    Optional<Path> found = Optional.empty();
    for (Path p = Path.of("").toAbsolutePath(); p != null && found.isEmpty(); p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("conformance");
      if (Files.isDirectory(candidate)) found = Optional.of(candidate);
    }
    Assumptions.assumeTrue(found.isPresent(), "shared/conformance is not next to the repository");
    return found.get();
  }

  static Path write(Path dir, Map<String, String> files) {
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, String> e : files.entrySet()) Files.writeString(dir.resolve(e.getKey()), e.getValue());
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
