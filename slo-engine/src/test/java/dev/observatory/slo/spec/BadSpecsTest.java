package dev.observatory.slo.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for validation: every spec under {@code specs/bad/} (a file, or a folder loaded as
 * one run) yields exactly the problems in its {@code .expected} file, at their file:line:col.
 * Rewrite the expectations with {@code -Dgolden.update=true} and review the diff.
 */
class BadSpecsTest {
  static final Path DIR = Path.of("src/test/resources/specs/bad");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> list = Files.list(DIR)) {
      return list.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".expected")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0} yields exactly the expected problems")
  @MethodSource("cases")
  void badSpecYieldsExactlyTheExpectedProblems(String name) throws IOException {
    SpecSet set = SpecLoader.load(List.of(DIR.resolve(name)));
    String actual = set.problems().stream().map(p -> p.toString().replace(DIR + "/", "")).collect(Collectors.joining("\n", "", "\n"));
    Path expected = DIR.resolve(name.replaceFirst("\\.ya?ml$", "") + ".expected");
    if (Boolean.getBoolean("golden.update")) Files.writeString(expected, actual, StandardCharsets.UTF_8);
    assertThat(set.hasErrors()).as("a bad spec must have at least one error").isTrue();
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
