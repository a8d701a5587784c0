package dev.observatory.shop.telemetry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import org.slf4j.MDC;

/**
 * Puts {@code trace_id}, {@code span_id} and {@code service_name} of a span into the SLF4J MDC
 * and restores the previous values on {@link #close()}, so log lines written inside carry the
 * trace ({@code %X{trace_id}} in the log pattern; see the package documentation):
 *
 * <pre>{@code
 * try (Scope scope = span.makeCurrent(); LogContext log = LogContext.forCurrentSpan("cart")) {
 *   LOG.info("added item");
 * }
 * }</pre>
 *
 * Use it on the thread that opened it, like an OpenTelemetry {@code Scope}.
 */
public final class LogContext implements AutoCloseable {

  static final String TRACE_ID = "trace_id";
  static final String SPAN_ID = "span_id";
  static final String SERVICE_NAME = "service_name";

  private final String previousTraceId;
  private final String previousSpanId;
  private final String previousServiceName;
  private boolean closed;

  private LogContext(SpanContext span, String serviceName) {
    previousTraceId = MDC.get(TRACE_ID);
    previousSpanId = MDC.get(SPAN_ID);
    previousServiceName = MDC.get(SERVICE_NAME);
    if (span.isValid()) {
      MDC.put(TRACE_ID, span.getTraceId());
      MDC.put(SPAN_ID, span.getSpanId());
    } else {
      MDC.remove(TRACE_ID);
      MDC.remove(SPAN_ID);
    }
    MDC.put(SERVICE_NAME, serviceName);
  }

  /** For the span current on this thread (none: only {@code service_name} is set). */
  public static LogContext forCurrentSpan(String serviceName) {
    return forSpan(Span.current(), serviceName);
  }

  public static LogContext forSpan(Span span, String serviceName) {
    return new LogContext(span.getSpanContext(), serviceName);
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    restore(TRACE_ID, previousTraceId);
    restore(SPAN_ID, previousSpanId);
    restore(SERVICE_NAME, previousServiceName);
  }

  private static void restore(String key, String value) {
    if (value == null) {
      MDC.remove(key);
    } else {
      MDC.put(key, value);
    }
  }
}
