package dev.observatory.shop.telemetry;

import ch.qos.logback.classic.LoggerContext;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.exporter.prometheus.PrometheusHttpServer;
import io.opentelemetry.sdk.metrics.ExemplarFilter;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.SdkMeterProviderBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * The telemetry of one process: one meter provider with the Prometheus endpoint, shared by all
 * services, and one tracer provider per service ({@link #forService}). Closing it flushes and
 * closes everything.
 */
public final class Telemetry implements AutoCloseable {

  private final TelemetryConfig config;
  private final SdkMeterProvider meterProvider;
  private final int prometheusPort;
  private final Meter spanmetricsMeter;
  private final List<AutoCloseable> processMetrics;
  private final LogRecordsAppender logRecords;
  private final Map<String, ServiceTelemetry> services = new ConcurrentHashMap<>();
  private boolean tracingOff;
  private volatile boolean closed;

  private Telemetry(TelemetryConfig config, SdkMeterProvider meterProvider, int prometheusPort) {
    this.config = config;
    this.meterProvider = meterProvider;
    this.prometheusPort = prometheusPort;
    this.spanmetricsMeter = meterProvider.get(SpanmetricsNames.SPANMETRICS_SCOPE);
    this.processMetrics = ProcessMetrics.register(meterProvider.get(ProcessMetrics.SCOPE));
    this.logRecords =
        LogRecordsAppender.create(
            meterProvider.get(LogRecordsAppender.SCOPE),
            // Only services already in use: a log line must not create a service.
            name -> {
              ServiceTelemetry service = services.get(name);
              return service == null ? null : service.otlpLogs().orElse(null);
            });
  }

  /** Starts the Prometheus endpoint (unless its port is -1). */
  public static Telemetry start(TelemetryConfig config) {
    SdkMeterProviderBuilder meters =
        SdkMeterProvider.builder()
            // Exemplars would cost a reservoir update per span and are not part of the contract.
            .setExemplarFilter(ExemplarFilter.alwaysOff());
    int port = config.prometheusPort();
    if (port != TelemetryConfig.PROMETHEUS_OFF) {
      port = port == 0 ? freePort(config.prometheusHost()) : port;
      meters.registerMetricReader(
          PrometheusHttpServer.builder()
              .setHost(config.prometheusHost())
              .setPort(port)
              // The contract's series carry exactly their own labels: no otel_scope_name/
              // otel_scope_version, and no target_info (the resource is per service, on spans).
              .setOtelScopeLabelsEnabled(false)
              .setTargetInfoMetricEnabled(false)
              .build());
    }
    return new Telemetry(config, meters.build(), port);
  }

  /**
   * Telemetry switched off, to measure what it costs: no Prometheus endpoint, and every service's
   * tracer samples nothing and records nothing (no spanmetrics); context still propagates.
   */
  public static Telemetry off(TelemetryConfig config) {
    Telemetry telemetry = start(config.withPrometheus(config.prometheusHost(), TelemetryConfig.PROMETHEUS_OFF));
    telemetry.tracingOff = true;
    return telemetry;
  }

  /** The telemetry of one service, created on first use and kept until {@link #close()}. */
  public ServiceTelemetry forService(String serviceName) {
    if (serviceName == null || serviceName.isBlank()) {
      throw new IllegalArgumentException("serviceName must not be blank");
    }
    if (closed) {
      throw new IllegalStateException("telemetry is closed");
    }
    return services.computeIfAbsent(
        serviceName,
        name -> tracingOff ? ServiceTelemetry.off(name, meterProvider)
            : ServiceTelemetry.create(name, config, SpanmetricsProcessor.create(spanmetricsMeter, name), meterProvider));
  }

  /** The port the Prometheus endpoint is bound to; empty when it is off. */
  public OptionalInt prometheusPort() {
    return prometheusPort == TelemetryConfig.PROMETHEUS_OFF
        ? OptionalInt.empty()
        : OptionalInt.of(prometheusPort);
  }

  /**
   * Counts Logback events into {@code log_records_total{service_name, severity}} and, with OTLP
   * configured, ships them as log records of the MDC's service, with the current span's trace
   * context. Call it after
   * logging is configured (in Dropwizard: in {@code Application.run}), since configuring Logback
   * detaches appenders. Returns false when SLF4J is not bound to Logback.
   */
  public boolean countLogRecords() {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (!(factory instanceof LoggerContext context)) {
      return false;
    }
    logRecords.attachTo(context);
    return true;
  }

  /** Ends the tracer providers (flushing their exporters), then the metrics and the endpoint. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    services.values().forEach(ServiceTelemetry::close);
    services.clear();
    logRecords.detach();
    for (AutoCloseable handle : processMetrics) {
      try {
        handle.close();
      } catch (Exception e) {
        // Unregistering a callback does not fail in the SDK; nothing to do if it ever does.
      }
    }
    meterProvider.close();
  }

  /**
   * PrometheusHttpServer does not tell the port it bound, so for "any port" we pick a free one
   * first. Another process could take it in between; then start fails with a clear message.
   */
  private static int freePort(String host) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on " + host + " for the Prometheus endpoint", e);
    }
  }
}
