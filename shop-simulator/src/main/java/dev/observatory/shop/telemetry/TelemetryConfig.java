package dev.observatory.shop.telemetry;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one process's telemetry is set up.
 *
 * @param serviceVersion {@code service.version} of every service's resource
 * @param deploymentEnvironment {@code deployment.environment} of every service's resource
 * @param prometheusHost interface the Prometheus endpoint binds to
 * @param prometheusPort its port: 0 picks a free one ({@link Telemetry#prometheusPort()} tells
 *     which), -1 turns the endpoint off
 * @param samplingRatio share of root traces that are sampled (exported); 0 to 1. Spanmetrics
 *     count every span regardless.
 * @param env the environment ({@code OTEL_EXPORTER_OTLP_*}), passed in rather than read
 * @param extraSpanExporter one more exporter for sampled spans, exported synchronously (tests)
 */
public record TelemetryConfig(
    String serviceVersion,
    String deploymentEnvironment,
    String prometheusHost,
    int prometheusPort,
    double samplingRatio,
    Map<String, String> env,
    Optional<SpanExporter> extraSpanExporter) {

  public static final int DEFAULT_PROMETHEUS_PORT = 9464;
  public static final int PROMETHEUS_OFF = -1;

  public TelemetryConfig {
    List<String> problems = new ArrayList<>();
    if (serviceVersion == null || serviceVersion.isBlank()) {
      problems.add("serviceVersion must not be blank");
    }
    if (deploymentEnvironment == null || deploymentEnvironment.isBlank()) {
      problems.add("deploymentEnvironment must not be blank");
    }
    if (prometheusHost == null || prometheusHost.isBlank()) {
      problems.add("prometheusHost must not be blank");
    }
    if (prometheusPort < PROMETHEUS_OFF || prometheusPort > 65_535) {
      problems.add("prometheusPort " + prometheusPort + ": must be -1 (off), 0 (any) or a port");
    }
    if (!(samplingRatio >= 0.0 && samplingRatio <= 1.0)) {
      problems.add("samplingRatio " + samplingRatio + ": must be in [0, 1]");
    }
    if (env == null) {
      problems.add("env must not be null (use Map.of())");
    }
    if (extraSpanExporter == null) {
      problems.add("extraSpanExporter must not be null (use Optional.empty())");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid telemetry config: " + String.join("; ", problems));
    }
    env = Map.copyOf(env);
  }

  /** 127.0.0.1:9464, everything sampled, no OTLP, version 0.1.0 in "development". */
  public static TelemetryConfig defaults() {
    return new TelemetryConfig(
        "0.1.0", "development", "127.0.0.1", DEFAULT_PROMETHEUS_PORT, 1.0, Map.of(),
        Optional.empty());
  }

  public TelemetryConfig withPrometheus(String host, int port) {
    return new TelemetryConfig(
        serviceVersion, deploymentEnvironment, host, port, samplingRatio, env, extraSpanExporter);
  }

  public TelemetryConfig withSamplingRatio(double ratio) {
    return new TelemetryConfig(
        serviceVersion, deploymentEnvironment, prometheusHost, prometheusPort, ratio, env,
        extraSpanExporter);
  }

  public TelemetryConfig withEnv(Map<String, String> newEnv) {
    return new TelemetryConfig(
        serviceVersion, deploymentEnvironment, prometheusHost, prometheusPort, samplingRatio,
        newEnv, extraSpanExporter);
  }

  public TelemetryConfig withExtraSpanExporter(SpanExporter exporter) {
    return new TelemetryConfig(
        serviceVersion, deploymentEnvironment, prometheusHost, prometheusPort, samplingRatio, env,
        Optional.of(Objects.requireNonNull(exporter, "exporter")));
  }
}
