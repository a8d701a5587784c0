package dev.observatory.dashboards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.observatory.slo.model.Slo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated files under the real promtool: {@code check rules} and {@code test rules}. */
class PromtoolTest {
  @TempDir Path dir;

  @Test
  void promtoolAcceptsEveryRulesFileGeneratedForTheShop() {
    Promtool.require();
    assertChecks(PrometheusRules.generate(Fixtures.shopSlos()));
  }

  @Test
  void promtoolAcceptsRulesWithTheLowTrafficGuard() {
    Promtool.require();
    assertChecks(PrometheusRules.generate(Fixtures.shopSlos(), 100));
  }

  static Stream<String> slothExamples() {
    // victoria-metrics.yml is MetricsQL, not PromQL; plugin and OpenSLO v1alpha examples do not load.
    return Stream.of("getting-started.yml", "home-wifi.yml", "kubernetes-apiserver.yml", "multifile.yml", "no-alerts.yml", "raw-home-wifi.yml", "contrib-slo-plugins.yml");
  }

  @ParameterizedTest(name = "promtool accepts the rules generated from Sloth''s {0}")
  @MethodSource("slothExamples")
  void promtoolAcceptsRulesGeneratedFromSlothExamples(String example) {
    Promtool.require();
    List<Slo> slos = Fixtures.load(Fixtures.conformance().resolve("sloth").resolve(example));
    assertChecks(PrometheusRules.generate(slos));
  }

  @Test
  void theGeneratedPromtoolTestsPassForEveryShopSloWithSelectors() {
    Promtool.require();
    List<Slo> slos = Fixtures.shopSlos();
    Fixtures.write(dir, PrometheusRules.generate(slos));
    Map<String, String> tests = PromtoolTests.generate(slos);
    assertThat(tests.keySet()).as("every shop SLO is selector-based and gets tests").hasSize(slos.size());
    Fixtures.write(dir, tests);
    for (String file : tests.keySet()) {
      Promtool.Result result = Promtool.run(dir, "test", "rules", file);
      assertThat(result.exitCode()).as("promtool test rules %s:\n%s", file, result.output()).isZero();
    }
  }

  @Test
  void aBrokenExpectationMakesThePromtoolTestsFail() {
    Promtool.require();
    List<Slo> slos = Fixtures.shopSlos().stream().filter(s -> s.id().service().equals("cart")).toList();
    Fixtures.write(dir, PrometheusRules.generate(slos));
    Map<String, String> tests = PromtoolTests.generate(slos);
    String file = tests.keySet().iterator().next();
    Fixtures.write(dir, Map.of(file, tests.get(file).replace("severity: page", "severity: pager")));
    assertThat(Promtool.run(dir, "test", "rules", file).exitCode()).isNotZero();
  }

  private void assertChecks(Map<String, String> files) {
    Fixtures.write(dir, files);
    for (String file : files.keySet()) {
      Promtool.Result result = Promtool.run(dir, "check", "rules", file);
      assertThat(result.exitCode()).as("promtool check rules %s:\n%s", file, result.output()).isZero();
    }
  }
}
