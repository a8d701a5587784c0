package dev.observatory.shop.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TelemetryConfigTest {

  static Stream<Arguments> invalidConfigs() {
    TelemetryConfig d = TelemetryConfig.defaults();
    return Stream.of(
        Arguments.of("a port above 65535 is rejected", (Runnable) () -> d.withPrometheus("127.0.0.1", 70_000), "prometheusPort 70000"),
        Arguments.of("a port below -1 is rejected", (Runnable) () -> d.withPrometheus("127.0.0.1", -2), "prometheusPort -2"),
        Arguments.of("a blank host is rejected", (Runnable) () -> d.withPrometheus(" ", 0), "prometheusHost must not be blank"),
        Arguments.of("a ratio above one is rejected", (Runnable) () -> d.withSamplingRatio(1.5), "samplingRatio 1.5"),
        Arguments.of("a NaN ratio is rejected", (Runnable) () -> d.withSamplingRatio(Double.NaN), "samplingRatio NaN"),
        Arguments.of("a blank version is rejected", (Runnable) () -> new TelemetryConfig(
            "", "dev", "127.0.0.1", 0, 1.0, Map.of(), Optional.empty()), "serviceVersion"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidConfigs")
  void invalidValuesAreNamedInTheMessage(String sentence, Runnable build, String message) {
    assertThatThrownBy(build::run)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void everyProblemIsReportedNotOnlyTheFirst() {
    assertThatThrownBy(() -> new TelemetryConfig("", "", "", 99_999, 2.0, Map.of(), Optional.empty()))
        .hasMessageContaining("serviceVersion")
        .hasMessageContaining("deploymentEnvironment")
        .hasMessageContaining("prometheusHost")
        .hasMessageContaining("prometheusPort 99999")
        .hasMessageContaining("samplingRatio 2.0");
  }

  @Test
  void theEnvironmentIsCopiedSoLaterChangesDoNotLeakIn() {
    Map<String, String> env = new HashMap<>(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://a:4318"));
    TelemetryConfig config = TelemetryConfig.defaults().withEnv(env);
    env.clear();

    assertThat(config.env()).containsEntry("OTEL_EXPORTER_OTLP_ENDPOINT", "http://a:4318");
  }

  @Test
  void theDefaultsAreLoopbackPort9464AndEverythingSampled() {
    TelemetryConfig d = TelemetryConfig.defaults();
    assertThat(d.prometheusHost()).isEqualTo("127.0.0.1");
    assertThat(d.prometheusPort()).isEqualTo(9464);
    assertThat(d.samplingRatio()).isEqualTo(1.0);
  }

  @Test
  void portMinusOneTurnsTheEndpointOff() {
    try (Telemetry telemetry = Telemetry.start(TelemetryConfig.defaults().withPrometheus("127.0.0.1", -1))) {
      assertThat(telemetry.prometheusPort()).isEmpty();
    }
  }
}
