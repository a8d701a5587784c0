package dev.observatory.slo.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every output for the fixed fixtures ({@link ReportFixtures}, {@link StatusFixtures}) against
 * src/test/resources/report/golden/. Rewrite them with {@code -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/report/golden");

  static Map<String, String> outputs() {
    BudgetReport report = ReportFixtures.february();
    Map<String, String> out = new TreeMap<>();
    out.put("report.md", MarkdownReport.render(report));
    out.put("report.html", HtmlReport.render(report));
    out.put("report.csv", CsvReport.render(report));
    out.put("report.json", JsonReport.render(report));
    out.put("status.html", StatusPage.render(StatusFixtures.views(), StatusFixtures.NOW));
    return out;
  }

  @Test
  void everyFormatMatchesItsGoldenFile() throws IOException {
    Map<String, String> outputs = outputs();
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      for (Map.Entry<String, String> e : outputs.entrySet()) Files.writeString(GOLDEN.resolve(e.getKey()), e.getValue());
    }
    for (Map.Entry<String, String> e : outputs.entrySet()) {
      assertThat(e.getValue()).as("%s (rewrite with -Dgolden.update=true)", e.getKey()).isEqualTo(Files.readString(GOLDEN.resolve(e.getKey())));
    }
  }

  @Test
  void renderingTwiceGivesTheSameBytes() {
    assertThat(outputs()).isEqualTo(outputs());
  }

  @Test
  void noOutputContainsNaNOrInfinity() {
    outputs().forEach((name, text) -> assertThat(text).as(name).doesNotContain("NaN", "Infinity", "∞"));
  }
}
