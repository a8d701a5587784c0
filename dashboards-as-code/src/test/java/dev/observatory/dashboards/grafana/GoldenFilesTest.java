package dev.observatory.dashboards.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dashboards for the shop's slo-definitions are exactly the files under
 * {@code src/test/resources/grafana/golden/}; a change to the output shows up as a reviewed diff
 * there. Run with {@code -Dgolden.update=true} to rewrite them.
 */
class GoldenFilesTest {
  static final Path GOLDEN = Path.of("src/test/resources/grafana/golden");

  static Stream<Arguments> dashboards() {
    return ShopSlos.dashboards().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0} matches its golden file")
  @MethodSource("dashboards")
  void theShopsDashboardMatchesItsGoldenFile(String file, String json) throws IOException {
    Path golden = GOLDEN.resolve(file);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, json, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file; run with -Dgolden.update=true to create it").exists();
    assertThat(Files.readString(golden, StandardCharsets.UTF_8)).as(file + " differs from its golden file; review, then rerun with -Dgolden.update=true").isEqualTo(json);
  }

  @Test
  void thereIsNoGoldenFileForADashboardThatIsNoLongerGenerated() throws IOException {
    Map<String, String> dashboards = ShopSlos.dashboards();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertThat(names).containsExactlyElementsOf(dashboards.keySet());
    }
  }
}
