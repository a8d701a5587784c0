package dev.observatory.dashboards.alertmanager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.observatory.slo.model.Slo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole generated file, compared byte for byte. Rewrite with {@code -Dgolden.update=true}
 * and review the diff.
 */
class GoldenTest {
  static final Path DIR = Path.of("src/test/resources/alertmanager/golden");

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("slo-definitions.yml", (Supplier<List<Slo>>) TestSlos::shop, Receivers.PLACEHOLDERS),
        Arguments.of("webhooks.yml", (Supplier<List<Slo>>) TestSlos::withWebhooks, TestSlos.GIVEN));
  }

  @ParameterizedTest(name = "the generated config equals golden/{0}")
  @MethodSource("cases")
  void matchesGolden(String golden, Supplier<List<Slo>> slos, Receivers receivers) throws IOException {
    String actual = AlertmanagerConfig.generate(slos.get(), receivers);
    Path expected = DIR.resolve(golden);
    if (Boolean.getBoolean("golden.update")) Files.writeString(expected, actual, StandardCharsets.UTF_8);
    assertThat(expected).as("golden file (rewrite with -Dgolden.update=true)").exists();
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
