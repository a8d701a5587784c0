package dev.observatory.shop.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OtlpSpanExportersTest {

  @Test
  void withoutAnEndpointThereIsNoOtlpExporter() {
    assertThat(OtlpSpanExporters.fromEnv(Map.of())).isEmpty();
  }

  @Test
  void theBaseEndpointGetsTheTracesPathOverHttpProtobufByDefault() {
    SpanExporter exporter =
        OtlpSpanExporters.fromEnv(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318/"))
            .orElseThrow();
    try {
      assertThat(exporter.toString())
          .contains("OtlpHttpSpanExporter")
          .contains("endpoint=http://collector:4318/v1/traces");
    } finally {
      exporter.shutdown();
    }
  }

  @Test
  void grpcIsChosenByTheProtocolVariable() {
    SpanExporter exporter =
        OtlpSpanExporters.fromEnv(Map.of(
                "OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317",
                "OTEL_EXPORTER_OTLP_PROTOCOL", "grpc"))
            .orElseThrow();
    try {
      assertThat(exporter.toString()).contains("OtlpGrpcSpanExporter");
    } finally {
      exporter.shutdown();
    }
  }

  @Test
  void anUnknownProtocolIsNamedInTheError() {
    assertThatThrownBy(() -> OtlpSpanExporters.fromEnv(Map.of(
            "OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318",
            "OTEL_EXPORTER_OTLP_PROTOCOL", "http/json")))
        .hasMessageContaining("http/json");
  }

  @Test
  void headersAreCommaSeparatedKeyValuePairsWithUrlEncodedValues() {
    assertThat(OtlpSpanExporters.headers("api-key=a%20b, tenant=shop"))
        .isEqualTo(Map.of("api-key", "a b", "tenant", "shop"));
  }
}
