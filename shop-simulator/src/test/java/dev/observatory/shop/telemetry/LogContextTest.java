package dev.observatory.shop.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class LogContextTest {

  private final SdkTracerProvider tracers = SdkTracerProvider.builder().build();

  @AfterEach
  void clear() {
    MDC.clear();
    tracers.close();
  }

  @Test
  void theMdcCarriesTraceIdSpanIdAndServiceInsideASpan() {
    Span span = tracers.get("test").spanBuilder("oteldemo.CartService/AddItem").startSpan();
    try (Scope scope = span.makeCurrent(); LogContext log = LogContext.forCurrentSpan("cart")) {
      assertThat(MDC.get("trace_id")).isEqualTo(span.getSpanContext().getTraceId());
      assertThat(MDC.get("span_id")).isEqualTo(span.getSpanContext().getSpanId());
      assertThat(MDC.get("service_name")).isEqualTo("cart");
    } finally {
      span.end();
    }
  }

  @Test
  void closingRestoresTheOuterSpansValues() {
    Span outer = tracers.get("test").spanBuilder("outer").startSpan();
    Span inner = tracers.get("test").spanBuilder("inner").setParent(
        io.opentelemetry.context.Context.root().with(outer)).startSpan();
    try (LogContext o = LogContext.forSpan(outer, "checkout")) {
      try (LogContext i = LogContext.forSpan(inner, "payment")) {
        assertThat(MDC.get("span_id")).isEqualTo(inner.getSpanContext().getSpanId());
      }
      assertThat(MDC.get("span_id")).isEqualTo(outer.getSpanContext().getSpanId());
      assertThat(MDC.get("service_name")).isEqualTo("checkout");
    }
    assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
  }

  @Test
  void outsideASpanOnlyTheServiceIsSet() {
    try (LogContext log = LogContext.forCurrentSpan("email")) {
      assertThat(MDC.get("trace_id")).isNull();
      assertThat(MDC.get("service_name")).isEqualTo("email");
    }
  }
}
