package dev.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated files for slo-definitions/ are committed under generated/ and must match what
 * {@code slo generate} writes now: a stale copy fails the build. Regenerate with
 * {@code ./slo generate slo-definitions --out generated} and review the diff.
 */
class GeneratedFilesTest {
  static final Path COMMITTED = Path.of("../generated");
  @TempDir Path fresh;

  @Test
  void theCommittedGeneratedFilesAreUpToDate() throws IOException {
    CliRun run = CliRun.of("generate", "../slo-definitions", "--out", fresh.toString());
    assertThat(run.code()).as(run.err()).isZero();
    List<String> expected = list(fresh);
    assertThat(list(COMMITTED)).as("files under generated/ (run ./slo generate slo-definitions --out generated)").isEqualTo(expected);
    for (String file : expected) {
      assertThat(Files.readString(COMMITTED.resolve(file)))
          .as("generated/" + file + " is stale: run ./slo generate slo-definitions --out generated")
          .isEqualTo(Files.readString(fresh.resolve(file)));
    }
  }

  @Test
  void invalidSpecsGenerateNothing() {
    Path out = fresh.resolve("out");
    CliRun run = CliRun.of("generate", "../slo-engine/src/test/resources/specs/bad/objective-range.yaml", "--out", out.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("invalid input: nothing generated");
    assertThat(out).doesNotExist();
  }

  @Test
  void anOutThatIsAFileIsAClearError() throws IOException {
    Path file = Files.writeString(fresh.resolve("a-file"), "x");
    CliRun run = CliRun.of("generate", "../slo-definitions", "--out", file.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("slo generate: cannot write to " + file + ": " + file + " is a file, not a folder\n");
  }

  @Test
  void aBadWebhookFlagIsAClearError() {
    CliRun run = CliRun.of("generate", "../slo-definitions", "--out", fresh.resolve("o").toString(), "--page-webhook", "ftp://pager");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("ftp://pager");
    assertThat(fresh.resolve("o")).doesNotExist();
  }

  private static List<String> list(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }
}
