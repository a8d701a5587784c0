package dev.observatory.shop.telemetry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;

/** One traced request's span, scope and MDC, kept as a request property between filters. */
final class ServerSpan {

  static final String PROPERTY = ServerSpan.class.getName();

  private final Span span;
  private final Scope scope;
  private final LogContext logContext;
  private Throwable failure;
  private boolean ended;

  ServerSpan(Span span, Scope scope, LogContext logContext) {
    this.span = span;
    this.scope = scope;
    this.logContext = logContext;
  }

  void failedWith(Throwable failure) {
    this.failure = failure;
  }

  /** Ends the span with the response status; 5xx is ERROR, 4xx stays UNSET (server side). */
  void end(int status) {
    if (ended) {
      return;
    }
    span.setAttribute(HttpAttributes.RESPONSE_STATUS_CODE, (long) status);
    if (status >= 500) {
      span.setAttribute(HttpAttributes.ERROR_TYPE, failure == null
          ? Integer.toString(status)
          : failure.getClass().getName());
      if (failure != null) {
        span.recordException(failure);
      }
      span.setStatus(StatusCode.ERROR);
    }
    endQuietly();
  }

  /** Ends without a response, e.g. when the response filters never ran. */
  void endQuietly() {
    if (ended) {
      return;
    }
    ended = true;
    try {
      span.end();
    } finally {
      logContext.close();
      scope.close();
    }
  }
}
