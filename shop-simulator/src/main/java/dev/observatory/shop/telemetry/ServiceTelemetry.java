package dev.observatory.shop.telemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.logs.Logger;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.OpenTelemetrySdkBuilder;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.export.BatchLogRecordProcessor;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The OpenTelemetry of one shop service: its own tracer provider and resource, the process's
 * shared meter provider, W3C trace context propagation, and with OTLP configured a logger
 * provider that ships its Logback records (see {@link Telemetry#countLogRecords()}). Obtain it
 * from {@link
 * Telemetry#forService}; the {@link Telemetry} closes it.
 */
public final class ServiceTelemetry {

  static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");
  static final AttributeKey<String> SERVICE_VERSION = AttributeKey.stringKey("service.version");
  static final AttributeKey<String> SERVICE_INSTANCE_ID =
      AttributeKey.stringKey("service.instance.id");
  static final AttributeKey<String> DEPLOYMENT_ENVIRONMENT =
      AttributeKey.stringKey("deployment.environment");

  private final String serviceName;
  private final OpenTelemetrySdk sdk;
  private final SdkTracerProvider tracerProvider;
  private final Optional<SdkLoggerProvider> loggerProvider;
  private final Tracer tracer;
  private final Optional<Logger> otlpLogs;

  private ServiceTelemetry(
      String serviceName,
      OpenTelemetrySdk sdk,
      SdkTracerProvider tracers,
      Optional<SdkLoggerProvider> loggers) {
    this.serviceName = serviceName;
    this.sdk = sdk;
    this.tracerProvider = tracers;
    this.loggerProvider = loggers;
    String scope = "dev.observatory.shop." + serviceName;
    this.tracer = sdk.getTracer(scope);
    this.otlpLogs = loggers.map(l -> l.get(scope));
  }

  static ServiceTelemetry create(
      String serviceName,
      TelemetryConfig config,
      SpanmetricsProcessor spanmetrics,
      SdkMeterProvider meterProvider) {
    Resource resource =
        Resource.getDefault()
            .merge(
                Resource.create(
                    Attributes.of(
                        SERVICE_NAME, serviceName,
                        SERVICE_VERSION, config.serviceVersion(),
                        DEPLOYMENT_ENVIRONMENT, config.deploymentEnvironment(),
                        SERVICE_INSTANCE_ID, UUID.randomUUID().toString())));
    // Spanmetrics first, so it sees every ended span before any exporter does.
    SdkTracerProviderBuilder tracers =
        SdkTracerProvider.builder()
            .setResource(resource)
            .setSampler(RecordingSampler.parentBasedRatio(config.samplingRatio()))
            .addSpanProcessor(spanmetrics);
    config.extraSpanExporter().ifPresent(e -> tracers.addSpanProcessor(SimpleSpanProcessor.create(e)));
    OtlpExporters.spans(config.env())
        .ifPresent(e -> tracers.addSpanProcessor(BatchSpanProcessor.builder(e).build()));
    SdkTracerProvider tracerProvider = tracers.build();
    Optional<SdkLoggerProvider> loggerProvider =
        OtlpExporters.logs(config.env())
            .map(e -> SdkLoggerProvider.builder()
                .setResource(resource)
                .addLogRecordProcessor(BatchLogRecordProcessor.builder(e).build())
                .build());
    OpenTelemetrySdkBuilder sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(tracerProvider)
            .setMeterProvider(meterProvider)
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()));
    loggerProvider.ifPresent(sdk::setLoggerProvider);
    return new ServiceTelemetry(serviceName, sdk.build(), tracerProvider, loggerProvider);
  }

  /** A service whose tracer samples and records nothing (see {@link Telemetry#off}). */
  static ServiceTelemetry off(String serviceName, SdkMeterProvider meterProvider) {
    SdkTracerProvider tracerProvider = SdkTracerProvider.builder().setSampler(io.opentelemetry.sdk.trace.samplers.Sampler.alwaysOff()).build();
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(tracerProvider)
        .setMeterProvider(meterProvider)
        .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
        .build();
    return new ServiceTelemetry(serviceName, sdk, tracerProvider, Optional.empty());
  }

  public String serviceName() {
    return serviceName;
  }

  /** The service's tracer. */
  public Tracer tracer() {
    return tracer;
  }

  /** The full API, for libraries that want an {@link OpenTelemetry}. */
  public OpenTelemetry openTelemetry() {
    return sdk;
  }

  /** Where this service's log records go over OTLP; empty without an OTLP endpoint. */
  Optional<Logger> otlpLogs() {
    return otlpLogs;
  }

  TextMapPropagator propagator() {
    return sdk.getPropagators().getTextMapPropagator();
  }

  /** Closes (and flushes) this service's providers; the meter provider belongs to Telemetry. */
  void close() {
    tracerProvider.shutdown().join(10, TimeUnit.SECONDS);
    loggerProvider.ifPresent(l -> l.shutdown().join(10, TimeUnit.SECONDS));
  }
}
