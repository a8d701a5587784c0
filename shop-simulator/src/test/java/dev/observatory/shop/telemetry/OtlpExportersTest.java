package dev.observatory.shop.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.observatory.shop.telemetry.OtlpExporters.Target;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OtlpExportersTest {

  @Test
  void withoutAnEndpointThereAreNoOtlpExporters() {
    assertThat(OtlpExporters.spans(Map.of())).isEmpty();
    assertThat(OtlpExporters.logs(Map.of())).isEmpty();
  }

  @Test
  void theBaseEndpointGetsEachSignalsPathOverHttpProtobufByDefault() {
    Map<String, String> env = Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318/");

    assertThat(OtlpExporters.target(env, "traces")).contains(
        new Target("http://collector:4318/v1/traces", "http/protobuf", Map.of()));
    assertThat(OtlpExporters.target(env, "logs")).contains(
        new Target("http://collector:4318/v1/logs", "http/protobuf", Map.of()));
  }

  @Test
  void aSignalSpecificEndpointIsUsedAsIs() {
    Map<String, String> env = Map.of(
        "OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318",
        "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://tempo:4318/otlp/traces");

    assertThat(OtlpExporters.target(env, "traces").orElseThrow().endpoint())
        .isEqualTo("http://tempo:4318/otlp/traces");
  }

  @Test
  void grpcKeepsTheEndpointAndBuildsGrpcExporters() {
    Map<String, String> env = Map.of(
        "OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317",
        "OTEL_EXPORTER_OTLP_PROTOCOL", "grpc");

    assertThat(OtlpExporters.target(env, "logs").orElseThrow().endpoint())
        .isEqualTo("http://collector:4317");
    var spans = OtlpExporters.spans(env).orElseThrow();
    var logs = OtlpExporters.logs(env).orElseThrow();
    try {
      assertThat(spans.toString()).contains("OtlpGrpcSpanExporter");
      assertThat(logs.toString()).contains("OtlpGrpcLogRecordExporter");
    } finally {
      spans.shutdown();
      logs.shutdown();
    }
  }

  @Test
  void anUnknownProtocolIsNamedInTheError() {
    assertThatThrownBy(() -> OtlpExporters.spans(Map.of(
            "OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318",
            "OTEL_EXPORTER_OTLP_PROTOCOL", "http/json")))
        .hasMessageContaining("http/json");
  }

  @Test
  void headersAreCommaSeparatedKeyValuePairsWithUrlEncodedValues() {
    Map<String, String> env = Map.of(
        "OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318",
        "OTEL_EXPORTER_OTLP_HEADERS", "api-key=a%20b, tenant=shop",
        "OTEL_EXPORTER_OTLP_LOGS_HEADERS", "tenant=logs");

    assertThat(OtlpExporters.target(env, "traces").orElseThrow().headers())
        .isEqualTo(Map.of("api-key", "a b", "tenant", "shop"));
    assertThat(OtlpExporters.target(env, "logs").orElseThrow().headers())
        .isEqualTo(Map.of("api-key", "a b", "tenant", "logs"));
  }
}
