package dev.observatory.shop.telemetry;

import static dev.observatory.shop.telemetry.SpanmetricsNames.SERVICE_NAME;
import static dev.observatory.shop.telemetry.SpanmetricsNames.SPAN_KIND;
import static dev.observatory.shop.telemetry.SpanmetricsNames.SPAN_NAME;
import static dev.observatory.shop.telemetry.SpanmetricsNames.STATUS_CODE;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts every ended span of one service and records its duration, as the Collector's
 * spanmetrics connector does. Sits before the exporting processors; since the sampler keeps
 * unsampled spans as RECORD_ONLY, this processor sees them while exporters do not.
 *
 * <p>Hot path: the label set for (span name, kind, status) is built once and cached, so a
 * recorded span costs two SDK measurements and no new {@link Attributes}. Never throws.
 */
final class SpanmetricsProcessor implements SpanProcessor {

  private static final Logger LOG = LoggerFactory.getLogger(SpanmetricsProcessor.class);

  /** Past this many distinct span names the labels are still recorded, just not cached. */
  static final int MAX_CACHED_SPAN_NAMES = 1_000;

  private static final SpanKind[] KINDS = SpanKind.values();
  private static final StatusCode[] STATUSES = StatusCode.values();
  private static final String[] KIND_LABELS = labels(KINDS, "SPAN_KIND_");
  private static final String[] STATUS_LABELS = labels(STATUSES, "STATUS_CODE_");
  private static final double NANOS_PER_MILLI = 1_000_000.0;

  private final String serviceName;
  private final LongCounter calls;
  private final DoubleHistogram duration;
  private final ConcurrentHashMap<String, Attributes[]> labelsBySpanName =
      new ConcurrentHashMap<>();
  private final AtomicBoolean failureLogged = new AtomicBoolean();

  private SpanmetricsProcessor(String serviceName, LongCounter calls, DoubleHistogram duration) {
    this.serviceName = serviceName;
    this.calls = calls;
    this.duration = duration;
  }

  /** Instruments of the same name on the same meter share one series store across services. */
  static SpanmetricsProcessor create(Meter meter, String serviceName) {
    LongCounter calls =
        meter
            .counterBuilder(SpanmetricsNames.CALLS)
            .setUnit(SpanmetricsNames.CALLS_UNIT)
            .setDescription("Spans ended, by service, span name, kind and status.")
            .build();
    DoubleHistogram duration =
        meter
            .histogramBuilder(SpanmetricsNames.DURATION)
            .setUnit(SpanmetricsNames.DURATION_UNIT)
            .setDescription("Span duration, by service, span name, kind and status.")
            .setExplicitBucketBoundariesAdvice(SpanmetricsNames.DURATION_BUCKETS_MS)
            .build();
    return new SpanmetricsProcessor(serviceName, calls, duration);
  }

  @Override
  public void onStart(Context parentContext, ReadWriteSpan span) {}

  @Override
  public boolean isStartRequired() {
    return false;
  }

  @Override
  public void onEnd(ReadableSpan span) {
    try {
      // ReadableSpan has no status getter in 1.65; SdkSpan.toSpanData() is a thin wrapper.
      StatusCode status = span.toSpanData().getStatus().getStatusCode();
      Attributes labels = labels(span.getName(), span.getKind(), status);
      // Context.root(): exemplars are off, so skip the thread-local lookup of the current one.
      calls.add(1, labels, Context.root());
      duration.record(span.getLatencyNanos() / NANOS_PER_MILLI, labels, Context.root());
    } catch (RuntimeException e) {
      if (failureLogged.compareAndSet(false, true)) {
        LOG.warn("spanmetrics could not record a span of {}; further failures are silent",
            serviceName, e);
      }
    }
  }

  @Override
  public boolean isEndRequired() {
    return true;
  }

  Attributes labels(String spanName, SpanKind kind, StatusCode status) {
    int slot = kind.ordinal() * STATUSES.length + status.ordinal();
    Attributes[] slots = labelsBySpanName.get(spanName);
    if (slots == null) {
      if (labelsBySpanName.size() >= MAX_CACHED_SPAN_NAMES) {
        return build(spanName, kind, status);
      }
      slots = labelsBySpanName.computeIfAbsent(
          spanName, name -> new Attributes[KINDS.length * STATUSES.length]);
    }
    Attributes labels = slots[slot];
    if (labels == null) {
      // A racing thread may build an equal value; either one is fine to keep.
      labels = build(spanName, kind, status);
      slots[slot] = labels;
    }
    return labels;
  }

  private Attributes build(String spanName, SpanKind kind, StatusCode status) {
    return Attributes.of(
        SERVICE_NAME, serviceName,
        SPAN_NAME, spanName,
        SPAN_KIND, KIND_LABELS[kind.ordinal()],
        STATUS_CODE, STATUS_LABELS[status.ordinal()]);
  }

  private static String[] labels(Enum<?>[] values, String prefix) {
    String[] labels = new String[values.length];
    for (Enum<?> value : values) {
      labels[value.ordinal()] = prefix + value.name();
    }
    return labels;
  }
}
