package dev.observatory.dashboards.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every PromQL expression of every dashboard parses, as Prometheus itself reads it: each one,
 * with Grafana's variables replaced by sample values, becomes a recording rule, and
 * {@code promtool check rules} must accept the file. Without promtool the test is skipped, or
 * fails under CI=true.
 */
class PromqlParsesTest {
  /** Grafana's variables and a value each could take; the data source variable never appears in a query. */
  static final Map<String, String> SAMPLE_VALUES =
      Map.of("$__rate_interval", "1m", "$__interval", "1m", "$service", "checkout", "$slo", "place-order-availability");

  @TempDir Path dir;

  static Stream<Arguments> dashboards() {
    return ShopSlos.dashboards().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "every query of {0} parses with promtool")
  @MethodSource("dashboards")
  void everyQueryOfTheDashboardParsesWithPromtool(String file, String json) throws Exception {
    List<String> queries = GrafanaDashboards.queries(json).stream().map(PromqlParsesTest::substitute).toList();
    assertThat(queries).isNotEmpty().noneMatch(q -> q.contains("$"));
    Result result = checkRules(queries);
    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  @Test
  void promtoolRejectsABrokenQuerySoTheCheckHasTeeth() throws Exception {
    Result result = checkRules(List.of("sum by (span_name) (rate(traces_span_metrics_calls_total[1m])"));
    assertThat(result.exitCode()).as(result.output()).isNotZero();
  }

  static String substitute(String query) {
    String out = query;
    for (Map.Entry<String, String> e : SAMPLE_VALUES.entrySet()) out = out.replace(e.getKey(), e.getValue());
    return out;
  }

  private record Result(int exitCode, String output) {}

  private Result checkRules(List<String> queries) throws IOException, InterruptedException {
    Path promtool = promtool();
    Ci.require(promtool != null, "promtool on the PATH");
    StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard-queries\n    rules:\n");
    for (int i = 0; i < queries.size(); i++) {
      // A JSON string is a valid YAML double-quoted scalar, whatever quotes and braces the query has.
      rules.append("      - record: dashboard:query_").append(i).append('\n');
      rules.append("        expr: ").append(Json.MAPPER.writeValueAsString(queries.get(i))).append('\n');
    }
    Path file = dir.resolve("queries.rules.yaml");
    Files.writeString(file, rules.toString(), StandardCharsets.UTF_8);
    Process process = new ProcessBuilder(promtool.toString(), "check", "rules", file.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("promtool did not finish within 60s");
    }
    return new Result(process.exitValue(), rules + "\n" + output);
  }

  private static Path promtool() {
    List<Path> candidates = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) for (String entry : path.split(File.pathSeparator)) candidates.add(Path.of(entry, "promtool"));
    return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
  }
}
