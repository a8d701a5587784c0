package dev.observatory.shop.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Spans and logs reach a (fake) OTLP/HTTP receiver on 127.0.0.1, configured by OTEL_* only. */
class OtlpExportTest {

  private static final Logger LOG = LoggerFactory.getLogger(OtlpExportTest.class);

  /** One received request: path, content type and the tenant header. */
  record Received(String path, String contentType, String tenant) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private HttpServer receiver;

  @BeforeEach
  void startReceiver() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      received.add(new Received(
          exchange.getRequestURI().getPath(),
          exchange.getRequestHeaders().getFirst("Content-Type"),
          exchange.getRequestHeaders().getFirst("tenant")));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    receiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  @Test
  void sampledSpansAndLogRecordsGoToTheOtlpEndpointWithItsHeaders() {
    Map<String, String> env = Map.of(
        "OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + receiver.getAddress().getPort(),
        "OTEL_EXPORTER_OTLP_HEADERS", "tenant=shop");
    try (Telemetry telemetry = Telemetry.start(
        TelemetryConfig.defaults().withPrometheus("127.0.0.1", -1).withEnv(env))) {
      telemetry.countLogRecords();
      ServiceTelemetry cart = telemetry.forService("cart");
      Span span = cart.tracer().spanBuilder("oteldemo.CartService/AddItem").startSpan();
      try (Scope scope = span.makeCurrent(); LogContext log = LogContext.forCurrentSpan("cart")) {
        LOG.info("added an item");
      } finally {
        span.end();
      }
    } // closing flushes both batch processors

    assertThat(received).contains(
        new Received("/v1/traces", "application/x-protobuf", "shop"),
        new Received("/v1/logs", "application/x-protobuf", "shop"));
  }
}
