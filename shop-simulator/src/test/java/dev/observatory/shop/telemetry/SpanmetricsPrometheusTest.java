package dev.observatory.shop.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Scrapes the real Prometheus endpoint, on 127.0.0.1 and a free port. */
class SpanmetricsPrometheusTest {

  private static final String CALLS = "traces_span_metrics_calls_total";
  private static final String BUCKET = "traces_span_metrics_duration_milliseconds_bucket";
  private static final String SUM = "traces_span_metrics_duration_milliseconds_sum";
  private static final String COUNT = "traces_span_metrics_duration_milliseconds_count";
  private static final Set<String> CONTRACT_LABELS =
      Set.of("service_name", "span_name", "span_kind", "status_code");

  private final InMemorySpanExporter exported = InMemorySpanExporter.create();
  private Telemetry telemetry;

  @AfterEach
  void close() {
    if (telemetry != null) {
      telemetry.close();
    }
  }

  private Telemetry start(double samplingRatio) {
    telemetry =
        Telemetry.start(
            TelemetryConfig.defaults()
                .withPrometheus("127.0.0.1", 0)
                .withSamplingRatio(samplingRatio)
                .withExtraSpanExporter(exported));
    return telemetry;
  }

  /** A span of exactly {@code millis}, timed by explicit timestamps rather than the clock. */
  private static void span(Tracer tracer, String name, SpanKind kind, StatusCode status, long millis) {
    Instant start = Instant.parse("2026-11-25T10:00:00Z");
    Span span = tracer.spanBuilder(name).setSpanKind(kind).setStartTimestamp(start).startSpan();
    if (status != StatusCode.UNSET) {
      span.setStatus(status);
    }
    span.end(start.plus(millis, ChronoUnit.MILLIS));
  }

  @Test
  void theEndpointExposesExactlyTheContractsSeriesNames() throws Exception {
    Tracer cart = start(1.0).forService("cart").tracer();
    span(cart, "oteldemo.CartService/AddItem", SpanKind.SERVER, StatusCode.UNSET, 3);

    Scrape scrape = Scrape.of(telemetry);

    assertThat(scrape.names("traces_span_metrics"))
        .containsExactlyInAnyOrder(CALLS, BUCKET, SUM, COUNT);
    assertThat(scrape.text())
        .contains("# TYPE traces_span_metrics_calls_total counter")
        .contains("# TYPE traces_span_metrics_duration_milliseconds histogram");
  }

  @Test
  void anOpenMetricsScrapeHasTheSameSeries() throws Exception {
    Tracer cart = start(1.0).forService("cart").tracer();
    span(cart, "oteldemo.CartService/AddItem", SpanKind.SERVER, StatusCode.UNSET, 3);

    Scrape text = Scrape.of(telemetry, Scrape.TEXT_FORMAT);
    Scrape openMetrics = Scrape.of(telemetry, Scrape.OPEN_METRICS);

    assertThat(openMetrics.text()).contains("# TYPE traces_span_metrics_calls counter");
    assertThat(openMetrics.names("traces_span_metrics"))
        .isEqualTo(text.names("traces_span_metrics"));
    assertThat(openMetrics.series(CALLS)).extracting(Scrape.Sample::labels)
        .isEqualTo(text.series(CALLS).stream().map(Scrape.Sample::labels).toList());
  }

  @Test
  void everySeriesCarriesExactlyServiceSpanNameKindAndStatusLabels() throws Exception {
    Tracer checkout = start(1.0).forService("checkout").tracer();
    span(checkout, "oteldemo.CheckoutService/PlaceOrder", SpanKind.SERVER, StatusCode.OK, 3);
    span(checkout, "orders publish", SpanKind.PRODUCER, StatusCode.UNSET, 3);

    Scrape scrape = Scrape.of(telemetry);

    for (String name : List.of(CALLS, SUM, COUNT)) {
      assertThat(scrape.series(name)).hasSize(2)
          .allSatisfy(s -> assertThat(s.labels().keySet()).isEqualTo(CONTRACT_LABELS));
    }
    assertThat(scrape.series(BUCKET))
        .allSatisfy(s -> assertThat(s.labels().keySet()).containsExactlyInAnyOrder(
            "service_name", "span_name", "span_kind", "status_code", "le"));
    assertThat(scrape.series(CALLS)).extracting(Scrape.Sample::labels).containsExactlyInAnyOrder(
        Map.of("service_name", "checkout", "span_name", "oteldemo.CheckoutService/PlaceOrder",
            "span_kind", "SPAN_KIND_SERVER", "status_code", "STATUS_CODE_OK"),
        Map.of("service_name", "checkout", "span_name", "orders publish",
            "span_kind", "SPAN_KIND_PRODUCER", "status_code", "STATUS_CODE_UNSET"));
  }

  @Test
  void theHistogramHasExactlyTheContractsBucketBoundaries() throws Exception {
    Tracer payment = start(1.0).forService("payment").tracer();
    span(payment, "oteldemo.PaymentService/Charge", SpanKind.SERVER, StatusCode.UNSET, 7);

    Scrape scrape = Scrape.of(telemetry);

    assertThat(scrape.series(BUCKET)).extracting(s -> s.labels().get("le")).containsExactly(
        "2.0", "4.0", "6.0", "8.0", "10.0", "50.0", "100.0", "200.0", "400.0", "800.0",
        "1000.0", "1400.0", "2000.0", "5000.0", "10000.0", "15000.0", "+Inf");
  }

  @Test
  void aSpanOfSevenMillisecondsLandsInTheEightMillisecondBucket() throws Exception {
    Tracer payment = start(1.0).forService("payment").tracer();
    span(payment, "oteldemo.PaymentService/Charge", SpanKind.SERVER, StatusCode.UNSET, 7);

    Scrape scrape = Scrape.of(telemetry);

    assertThat(scrape.value(BUCKET, Map.of("le", "6.0"))).isEqualTo(0.0);
    assertThat(scrape.value(BUCKET, Map.of("le", "8.0"))).isEqualTo(1.0);
    assertThat(scrape.value(SUM, Map.of())).isEqualTo(7.0);
    assertThat(scrape.value(COUNT, Map.of())).isEqualTo(1.0);
  }

  @Test
  void aSpanThatSamplingDropsIsStillCountedButNotExported() throws Exception {
    Tracer cart = start(0.0).forService("cart").tracer();
    span(cart, "oteldemo.CartService/GetCart", SpanKind.SERVER, StatusCode.UNSET, 3);
    span(cart, "oteldemo.CartService/GetCart", SpanKind.SERVER, StatusCode.UNSET, 3);

    Scrape scrape = Scrape.of(telemetry);

    assertThat(scrape.value(CALLS, Map.of("span_name", "oteldemo.CartService/GetCart")))
        .isEqualTo(2.0);
    assertThat(exported.getFinishedSpanItems()).isEmpty();
  }

  @Test
  void aSampledSpanIsCountedAndExported() throws Exception {
    Tracer cart = start(1.0).forService("cart").tracer();
    span(cart, "oteldemo.CartService/GetCart", SpanKind.SERVER, StatusCode.UNSET, 3);

    assertThat(Scrape.of(telemetry).value(CALLS, Map.of("service_name", "cart"))).isEqualTo(1.0);
    assertThat(exported.getFinishedSpanItems()).singleElement()
        .satisfies(s -> assertThat(s.getResource().getAttribute(ServiceTelemetry.SERVICE_NAME))
            .isEqualTo("cart"));
  }

  @Test
  void anErrorStatusIsCountedAsStatusCodeError() throws Exception {
    Tracer payment = start(1.0).forService("payment").tracer();
    span(payment, "oteldemo.PaymentService/Charge", SpanKind.SERVER, StatusCode.ERROR, 3);
    span(payment, "oteldemo.PaymentService/Charge", SpanKind.SERVER, StatusCode.UNSET, 3);

    Scrape scrape = Scrape.of(telemetry);

    assertThat(scrape.value(CALLS, Map.of("status_code", "STATUS_CODE_ERROR"))).isEqualTo(1.0);
    assertThat(scrape.value(CALLS, Map.of("status_code", "STATUS_CODE_UNSET"))).isEqualTo(1.0);
  }

  @Test
  void everySpanKindHasItsContractName() throws Exception {
    Tracer checkout = start(1.0).forService("checkout").tracer();
    for (SpanKind kind : SpanKind.values()) {
      span(checkout, "span", kind, StatusCode.UNSET, 1);
    }

    assertThat(Scrape.of(telemetry).series(CALLS)).extracting(s -> s.labels().get("span_kind"))
        .containsExactlyInAnyOrder("SPAN_KIND_INTERNAL", "SPAN_KIND_SERVER", "SPAN_KIND_CLIENT",
            "SPAN_KIND_PRODUCER", "SPAN_KIND_CONSUMER");
  }

  @Test
  void twoServicesInOneProcessShareTheEndpointWithTheirOwnServiceName() throws Exception {
    start(1.0);
    span(telemetry.forService("cart").tracer(), "a", SpanKind.SERVER, StatusCode.UNSET, 1);
    span(telemetry.forService("currency").tracer(), "a", SpanKind.SERVER, StatusCode.UNSET, 1);

    assertThat(Scrape.of(telemetry).series(CALLS)).extracting(s -> s.labels().get("service_name"))
        .containsExactlyInAnyOrder("cart", "currency");
  }

  @Test
  void theEndpointHasNoScopeLabelsAndNoTargetInfo() throws Exception {
    span(start(1.0).forService("cart").tracer(), "a", SpanKind.SERVER, StatusCode.UNSET, 1);

    Scrape scrape = Scrape.of(telemetry);

    assertThat(scrape.text()).doesNotContain("otel_scope").doesNotContain("target_info");
  }

  @Test
  void processMetricsHaveTheirDocumentedNames() throws Exception {
    Scrape scrape = Scrape.of(start(1.0));

    assertThat(scrape.series("jvm_memory_used_bytes"))
        .extracting(s -> s.labels().get("jvm_memory_type"))
        .containsExactlyInAnyOrder("heap", "non_heap");
    assertThat(scrape.series("jvm_memory_used_bytes")).allSatisfy(
        s -> assertThat(s.value()).isPositive());
    assertThat(scrape.series("jvm_cpu_time_seconds_total")).singleElement()
        .satisfies(s -> assertThat(s.labels()).isEmpty());
    assertThat(scrape.names("jvm_cpu_recent_utilization")).containsExactly(
        "jvm_cpu_recent_utilization");
  }

  @Test
  void theResourceCarriesServiceVersionEnvironmentAndInstanceId() {
    Tracer cart = start(1.0).forService("cart").tracer();
    span(cart, "a", SpanKind.SERVER, StatusCode.UNSET, 1);

    var resource = exported.getFinishedSpanItems().get(0).getResource();
    assertThat(resource.getAttribute(ServiceTelemetry.SERVICE_VERSION)).isEqualTo("0.1.0");
    assertThat(resource.getAttribute(ServiceTelemetry.DEPLOYMENT_ENVIRONMENT))
        .isEqualTo("development");
    assertThat(resource.getAttribute(ServiceTelemetry.SERVICE_INSTANCE_ID)).hasSize(36);
  }
}
