package dev.observatory.shop.telemetry;

import io.opentelemetry.api.common.AttributeKey;
import java.util.List;

/**
 * The spanmetrics naming contract in one place. The instrument names and units are the
 * Collector connector's own ({@code traces.span.metrics.calls}, {@code
 * traces.span.metrics.duration} in {@code ms}); the Prometheus exporter turns them into {@code
 * traces_span_metrics_calls_total} and {@code traces_span_metrics_duration_milliseconds_*}.
 */
final class SpanmetricsNames {

  static final String CALLS = "traces.span.metrics.calls";
  /** A unit in braces is an annotation: the exporter adds no suffix for it. */
  static final String CALLS_UNIT = "{call}";

  static final String DURATION = "traces.span.metrics.duration";
  static final String DURATION_UNIT = "ms";

  /** The connector's default explicit buckets, in milliseconds. */
  static final List<Double> DURATION_BUCKETS_MS =
      List.of(
          2.0, 4.0, 6.0, 8.0, 10.0, 50.0, 100.0, 200.0, 400.0, 800.0, 1000.0, 1400.0, 2000.0,
          5000.0, 10000.0, 15000.0);

  static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service_name");
  static final AttributeKey<String> SPAN_NAME = AttributeKey.stringKey("span_name");
  static final AttributeKey<String> SPAN_KIND = AttributeKey.stringKey("span_kind");
  static final AttributeKey<String> STATUS_CODE = AttributeKey.stringKey("status_code");

  static final String SPANMETRICS_SCOPE = "dev.observatory.shop.telemetry.spanmetrics";

  private SpanmetricsNames() {}
}
