/**
 * Telemetry for the Astronomy Shop: one {@link dev.observatory.shop.telemetry.Telemetry} per
 * process, one {@link dev.observatory.shop.telemetry.ServiceTelemetry} per shop service.
 *
 * <p>What a process exposes on its Prometheus endpoint ({@code /metrics}, 127.0.0.1:9464 by
 * default), with exactly these series names and labels (no {@code otel_scope_*} labels, no
 * {@code target_info}):
 *
 * <ul>
 *   <li>{@code traces_span_metrics_calls_total} and {@code
 *       traces_span_metrics_duration_milliseconds_bucket|_sum|_count} with labels {@code
 *       service_name, span_name, span_kind, status_code} (plus {@code le} on buckets), as the
 *       OpenTelemetry Collector's spanmetrics connector produces them (DESIGN.md, "Spanmetrics
 *       naming contract"). Every span is counted, also those that trace sampling drops.
 *   <li>{@code log_records_total{service_name, severity}}: Logback events by level.
 *   <li>{@code jvm_memory_used_bytes{jvm_memory_type="heap"|"non_heap"}}, {@code
 *       jvm_cpu_time_seconds_total}, {@code jvm_cpu_recent_utilization}: process metrics
 *       with the OpenTelemetry JVM semantic-convention names.
 * </ul>
 *
 * <p>With {@code OTEL_EXPORTER_OTLP_ENDPOINT} in the environment handed to {@link
 * dev.observatory.shop.telemetry.TelemetryConfig}, sampled spans and (once {@link
 * dev.observatory.shop.telemetry.Telemetry#countLogRecords()} is called) log records also go out
 * over OTLP, {@code http/protobuf} unless {@code OTEL_EXPORTER_OTLP_PROTOCOL=grpc}.
 *
 * <p>HTTP: {@link dev.observatory.shop.telemetry.TracingFeature} with {@link
 * dev.observatory.shop.telemetry.Traced} on the server, {@link
 * dev.observatory.shop.telemetry.TracingHttpClient} on the client; W3C {@code traceparent} links
 * them.
 *
 * <p>Logs carry the trace: inside {@link dev.observatory.shop.telemetry.LogContext} (which the
 * server filter opens for every traced request) the SLF4J MDC holds {@code trace_id}, {@code
 * span_id} and {@code service_name}. Dropwizard's {@code logging.appenders[].logFormat} to use:
 *
 * <pre>{@code
 * %-5level [%d{ISO8601,UTC}] %logger service_name=%X{service_name} trace_id=%X{trace_id} span_id=%X{span_id}: %msg%n%rEx
 * }</pre>
 */
package dev.observatory.shop.telemetry;
