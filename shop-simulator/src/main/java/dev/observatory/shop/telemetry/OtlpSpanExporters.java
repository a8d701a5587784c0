package dev.observatory.shop.telemetry;

import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporterBuilder;
import io.opentelemetry.exporter.otlp.trace.OtlpGrpcSpanExporter;
import io.opentelemetry.exporter.otlp.trace.OtlpGrpcSpanExporterBuilder;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An OTLP span exporter from the standard variables, when {@code OTEL_EXPORTER_OTLP_ENDPOINT}
 * (or {@code OTEL_EXPORTER_OTLP_TRACES_ENDPOINT}) is set: protocol {@code http/protobuf}
 * (default) or {@code grpc}, headers as {@code key=value,key2=value2} (values URL-encoded).
 */
final class OtlpSpanExporters {

  static final String ENDPOINT = "OTEL_EXPORTER_OTLP_ENDPOINT";
  static final String TRACES_ENDPOINT = "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT";
  static final String PROTOCOL = "OTEL_EXPORTER_OTLP_PROTOCOL";
  static final String TRACES_PROTOCOL = "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL";
  static final String HEADERS = "OTEL_EXPORTER_OTLP_HEADERS";
  static final String TRACES_HEADERS = "OTEL_EXPORTER_OTLP_TRACES_HEADERS";

  private OtlpSpanExporters() {}

  static Optional<SpanExporter> fromEnv(Map<String, String> env) {
    String base = nonBlank(env.get(ENDPOINT));
    String traces = nonBlank(env.get(TRACES_ENDPOINT));
    if (base == null && traces == null) {
      return Optional.empty();
    }
    String protocol = firstNonBlank(env.get(TRACES_PROTOCOL), env.get(PROTOCOL), "http/protobuf");
    Map<String, String> headers = headers(env.get(HEADERS));
    headers.putAll(headers(env.get(TRACES_HEADERS)));
    switch (protocol) {
      case "http/protobuf":
        // The signal-specific endpoint is used as is; the base one gets the signal's path.
        String url = traces != null ? traces : stripSlash(base) + "/v1/traces";
        OtlpHttpSpanExporterBuilder http = OtlpHttpSpanExporter.builder().setEndpoint(url);
        headers.forEach(http::addHeader);
        return Optional.of(http.build());
      case "grpc":
        OtlpGrpcSpanExporterBuilder grpc =
            OtlpGrpcSpanExporter.builder().setEndpoint(traces != null ? traces : base);
        headers.forEach(grpc::addHeader);
        return Optional.of(grpc.build());
      default:
        throw new IllegalArgumentException(
            PROTOCOL + " " + protocol + ": must be http/protobuf or grpc");
    }
  }

  static Map<String, String> headers(String spec) {
    Map<String, String> headers = new TreeMap<>();
    if (spec == null || spec.isBlank()) {
      return headers;
    }
    for (String pair : spec.split(",")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(HEADERS + " entry '" + pair + "': must be key=value");
      }
      headers.put(
          decode(pair.substring(0, eq).trim()), decode(pair.substring(eq + 1).trim()));
    }
    return headers;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static String nonBlank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String firstNonBlank(String a, String b, String fallback) {
    return nonBlank(a) != null ? a.trim() : nonBlank(b) != null ? b.trim() : fallback;
  }
}
