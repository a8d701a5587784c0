package dev.observatory.dashboards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules and promtool tests generated for slo-definitions/, against
 * src/test/resources/rules/golden/. Rewrite them with {@code -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/rules/golden");

  @Test
  void theShopsGeneratedFilesMatchTheGoldenFiles() throws IOException {
    Map<String, String> generated = new TreeMap<>(PrometheusRules.generate(Fixtures.shopSlos()));
    generated.putAll(PromtoolTests.generate(Fixtures.shopSlos()));
    if (Boolean.getBoolean("golden.update")) {
      if (Files.isDirectory(GOLDEN)) {
        try (Stream<Path> old = Files.list(GOLDEN)) {
          for (Path p : old.toList()) Files.delete(p);
        }
      }
      Fixtures.write(GOLDEN, generated);
    }
    Map<String, String> golden = new TreeMap<>();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      for (Path p : files.sorted().toList()) golden.put(p.getFileName().toString(), Files.readString(p));
    }
    assertThat(generated.keySet()).isEqualTo(golden.keySet());
    generated.forEach((name, text) -> assertThat(text).as("%s (rewrite with -Dgolden.update=true)", name).isEqualTo(golden.get(name)));
  }

  @Test
  void generatingTwiceGivesTheSameBytes() {
    assertThat(PrometheusRules.generate(Fixtures.shopSlos())).isEqualTo(PrometheusRules.generate(Fixtures.shopSlos()));
    assertThat(PromtoolTests.generate(Fixtures.shopSlos())).isEqualTo(PromtoolTests.generate(Fixtures.shopSlos()));
  }
}
