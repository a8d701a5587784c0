package dev.observatory.shop.telemetry;

import io.opentelemetry.exporter.otlp.http.logs.OtlpHttpLogRecordExporter;
import io.opentelemetry.exporter.otlp.http.logs.OtlpHttpLogRecordExporterBuilder;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporterBuilder;
import io.opentelemetry.exporter.otlp.logs.OtlpGrpcLogRecordExporter;
import io.opentelemetry.exporter.otlp.logs.OtlpGrpcLogRecordExporterBuilder;
import io.opentelemetry.exporter.otlp.trace.OtlpGrpcSpanExporter;
import io.opentelemetry.exporter.otlp.trace.OtlpGrpcSpanExporterBuilder;
import io.opentelemetry.sdk.logs.export.LogRecordExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * OTLP exporters for spans and logs from the standard variables, when {@code
 * OTEL_EXPORTER_OTLP_ENDPOINT} (or the signal's {@code OTEL_EXPORTER_OTLP_TRACES_ENDPOINT} /
 * {@code ..._LOGS_ENDPOINT}) is set: protocol {@code http/protobuf} (default) or {@code grpc},
 * headers as {@code key=value,key2=value2} (values URL-encoded). The signal-specific variables
 * win over the general ones; a signal-specific endpoint is used as is, the general one gets the
 * signal's path ({@code /v1/traces}, {@code /v1/logs}) over HTTP.
 */
final class OtlpExporters {

  static final String ENDPOINT = "OTEL_EXPORTER_OTLP_ENDPOINT";
  static final String PROTOCOL = "OTEL_EXPORTER_OTLP_PROTOCOL";
  static final String HEADERS = "OTEL_EXPORTER_OTLP_HEADERS";

  /** Where and how one signal goes. */
  record Target(String endpoint, String protocol, Map<String, String> headers) {}

  private OtlpExporters() {}

  static Optional<SpanExporter> spans(Map<String, String> env) {
    return target(env, "traces").map(t -> {
      if (t.protocol().equals("grpc")) {
        OtlpGrpcSpanExporterBuilder grpc = OtlpGrpcSpanExporter.builder().setEndpoint(t.endpoint());
        t.headers().forEach(grpc::addHeader);
        return grpc.build();
      }
      OtlpHttpSpanExporterBuilder http = OtlpHttpSpanExporter.builder().setEndpoint(t.endpoint());
      t.headers().forEach(http::addHeader);
      return http.build();
    });
  }

  static Optional<LogRecordExporter> logs(Map<String, String> env) {
    return target(env, "logs").map(t -> {
      if (t.protocol().equals("grpc")) {
        OtlpGrpcLogRecordExporterBuilder grpc =
            OtlpGrpcLogRecordExporter.builder().setEndpoint(t.endpoint());
        t.headers().forEach(grpc::addHeader);
        return grpc.build();
      }
      OtlpHttpLogRecordExporterBuilder http =
          OtlpHttpLogRecordExporter.builder().setEndpoint(t.endpoint());
      t.headers().forEach(http::addHeader);
      return http.build();
    });
  }

  /** The target of one signal ("traces", "logs"), empty when no endpoint is set. */
  static Optional<Target> target(Map<String, String> env, String signal) {
    String prefix = "OTEL_EXPORTER_OTLP_" + signal.toUpperCase(Locale.ROOT) + "_";
    String base = nonBlank(env.get(ENDPOINT));
    String specific = nonBlank(env.get(prefix + "ENDPOINT"));
    if (base == null && specific == null) {
      return Optional.empty();
    }
    String protocol = firstNonBlank(env.get(prefix + "PROTOCOL"), env.get(PROTOCOL), "http/protobuf");
    if (!protocol.equals("http/protobuf") && !protocol.equals("grpc")) {
      throw new IllegalArgumentException(PROTOCOL + " " + protocol + ": must be http/protobuf or grpc");
    }
    String endpoint = specific != null ? specific
        : protocol.equals("grpc") ? base
        : stripSlash(base) + "/v1/" + signal;
    Map<String, String> headers = headers(env.get(HEADERS));
    headers.putAll(headers(env.get(prefix + "HEADERS")));
    return Optional.of(new Target(endpoint, protocol, Map.copyOf(headers)));
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
      headers.put(decode(pair.substring(0, eq).trim()), decode(pair.substring(eq + 1).trim()));
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
