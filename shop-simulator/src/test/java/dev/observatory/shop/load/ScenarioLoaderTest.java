package dev.observatory.shop.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ScenarioLoaderTest.class.getResource("scenarios/" + name).toURI());
  }

  @Test
  void theExampleScenarioReadsIntoTimedFlagChanges() throws Exception {
    Scenario scenario = ScenarioLoader.load(resource("payment-incident.yaml"));

    assertThat(scenario.name()).isEqualTo("payment-incident");
    assertThat(scenario.steps())
        .containsExactly(
            new Scenario.Step(Duration.ofMinutes(2), new TreeMap<>(Map.of("paymentFailure", "0.5"))),
            new Scenario.Step(Duration.ofMinutes(6), new TreeMap<>(Map.of("paymentFailure", "0"))));
  }

  @Test
  void everyFlagKindReadsIntoTheTextTheAdminEndpointExpects() throws Exception {
    Scenario scenario = ScenarioLoader.load(resource("slow-cart.yaml"));

    assertThat(scenario.steps().get(0).at()).isZero();
    assertThat(scenario.steps().get(0).set())
        .containsExactly(Map.entry("cartDelayMs", "250"), Map.entry("shippingQuoteDelayMs", "1000"));
    assertThat(scenario.steps().get(1).at()).isEqualTo(Duration.ofMinutes(90));
    assertThat(scenario.steps().get(1).set())
        .containsExactly(
            Map.entry("cartDelayMs", "0"),
            Map.entry("cartFailure", "true"),
            Map.entry("paymentUnreachable", "false"),
            Map.entry("productCatalogFailure", "false"));
  }

  @Test
  void aMissingFileIsOneLineNamingIt() {
    assertThatThrownBy(() -> ScenarioLoader.load(Path.of("no-such-scenario.yaml")))
        .isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith("no-such-scenario.yaml: cannot read: ");
  }

  static Stream<Arguments> badScenarios() {
    return Stream.of(
        Arguments.of(
            "a duration without a unit",
            "name: x\nsteps:\n  - at: 2\n    set: {paymentFailure: 0.5}\n",
            List.of("scenario.yaml:3:9: at must be a duration like 30s or 2m")),
        Arguments.of(
            "a duration with an unknown unit, after a comment line",
            "name: x\n# the incident\nsteps:\n  - at: 2x\n    set: {paymentFailure: 0.5}\n",
            List.of("scenario.yaml:4:9: at must be a duration like 30s or 2m")),
        Arguments.of(
            "an unknown flag",
            "name: x\nsteps:\n  - at: 1m\n    set: {paymentFailur: 0.5}\n",
            List.of(
                "scenario.yaml:4:11: unknown flag \"paymentFailur\"; known flags: cartDelayMs,"
                    + " cartFailure, paymentFailure, paymentUnreachable, productCatalogFailure,"
                    + " shippingQuoteDelayMs")),
        Arguments.of(
            "values that do not fit their flags",
            "name: x\nsteps:\n  - at: 1m\n    set:\n      paymentFailure: 1.5\n"
                + "      cartFailure: yes please\n      cartDelayMs: -3\n",
            List.of(
                "scenario.yaml:5:23: paymentFailure must be a number from 0 to 1",
                "scenario.yaml:6:20: cartFailure must be true or false",
                "scenario.yaml:7:20: cartDelayMs must be a whole number of milliseconds from 0 to 600000")),
        Arguments.of(
            "steps out of time order",
            "name: x\nsteps:\n  - at: 5m\n    set: {cartFailure: true}\n"
                + "  - at: 2m\n    set: {cartFailure: false}\n",
            List.of(
                "scenario.yaml:5:9: at 2m is before the previous step's 5m; steps must be in time order")),
        Arguments.of(
            "a step without at or set",
            "name: x\nsteps:\n  - set: {cartFailure: true}\n  - at: 1m\n",
            List.of("scenario.yaml:3:5: at is required", "scenario.yaml:4:5: set is required")),
        Arguments.of(
            "no name and no steps",
            "description: nothing\n",
            List.of("scenario.yaml:1:1: name is required", "scenario.yaml:1:1: steps is required")),
        Arguments.of(
            "an empty step list and a misspelt field",
            "name: x\nstep: []\nsteps: []\n",
            List.of(
                "scenario.yaml:2:1: unknown field \"step\"; expected description, name, steps",
                "scenario.yaml:3:8: steps must be a non-empty list")),
        Arguments.of(
            "a list instead of a mapping",
            "- at: 1m\n",
            List.of("scenario.yaml:1:1: a scenario must be a mapping with name and steps")),
        Arguments.of(
            "broken YAML",
            "name: x\nsteps: [\n",
            List.of("scenario.yaml:3:1: invalid YAML: expected the node content, but found '<stream end>'")));
  }

  @ParameterizedTest(name = "{0} is reported with file, line and column")
  @MethodSource("badScenarios")
  void badScenariosAreReportedWithFileLineAndColumn(
      String description, String yaml, List<String> problems) {
    assertThatThrownBy(() -> ScenarioLoader.parse("scenario.yaml", yaml))
        .isInstanceOfSatisfying(
            ScenarioException.class, e -> assertThat(e.problems()).isEqualTo(problems));
  }
}
