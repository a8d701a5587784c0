package dev.observatory.shop.telemetry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.metrics.ExemplarFilter;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * The spanmetrics processor's cost per ended span, alone: {@code onEnd} over real, already ended
 * SDK spans with 50 distinct label sets, recording into an SDK meter provider with a cumulative
 * reader (as the Prometheus endpoint has) and exemplars off (as {@link Telemetry} sets it).
 * Spans per second on one core = 1e9 / (ns/op).
 */
@State(Scope.Thread)
@Threads(1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SpanmetricsProcessorBenchmark {

  private static final int SPANS = 1024; // a power of two, for the index mask
  private static final String[] NAMES = {
    "oteldemo.CheckoutService/PlaceOrder", "oteldemo.CartService/AddItem",
    "oteldemo.CartService/GetCart", "oteldemo.CartService/EmptyCart",
    "oteldemo.ProductCatalogService/ListProducts", "oteldemo.ProductCatalogService/GetProduct",
    "oteldemo.PaymentService/Charge", "oteldemo.CurrencyService/Convert",
    "oteldemo.ShippingService/GetQuote", "orders publish",
  };
  private static final SpanKind[] KINDS = {
    SpanKind.SERVER, SpanKind.CLIENT, SpanKind.INTERNAL, SpanKind.PRODUCER, SpanKind.CONSUMER
  };
  private static final StatusCode[] STATUSES = {StatusCode.UNSET, StatusCode.OK, StatusCode.ERROR};

  private SdkMeterProvider meters;
  private SdkTracerProvider tracers;
  private SpanmetricsProcessor processor;
  private ReadableSpan[] spans;
  private int next;

  @Setup
  public void setUp() {
    meters = SdkMeterProvider.builder()
        .setExemplarFilter(ExemplarFilter.alwaysOff())
        .registerMetricReader(InMemoryMetricReader.create())
        .build();
    processor = SpanmetricsProcessor.create(meters.get(SpanmetricsNames.SPANMETRICS_SCOPE), "checkout");
    tracers = SdkTracerProvider.builder().build();
    Tracer tracer = tracers.get("benchmark");
    spans = new ReadableSpan[SPANS];
    for (int i = 0; i < SPANS; i++) {
      int combination = i % 50; // 10 names x 5 (kind, status) pairs
      Span span = tracer.spanBuilder(NAMES[combination / 5])
          .setSpanKind(KINDS[combination % 5])
          .startSpan();
      StatusCode status = STATUSES[(combination + combination / 5) % 3];
      if (status != StatusCode.UNSET) {
        span.setStatus(status);
      }
      span.end();
      spans[i] = (ReadableSpan) span;
    }
  }

  @TearDown
  public void tearDown() {
    tracers.close();
    meters.close();
  }

  @Benchmark
  public void onEnd() {
    processor.onEnd(spans[next++ & (SPANS - 1)]);
  }
}
