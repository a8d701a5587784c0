package dev.observatory.shop.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.server.SimpleServerFactory;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.testing.DropwizardTestSupport;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** A real Dropwizard/Jetty server on 127.0.0.1 with a traced resource, called over HTTP. */
class HttpTracingTest {

  private static final InMemorySpanExporter EXPORTED = InMemorySpanExporter.create();
  /** What the resource saw in the MDC and as the current span, by request path. */
  private static final Map<String, Map<String, String>> SEEN = new ConcurrentHashMap<>();

  private static Telemetry telemetry;
  private static DropwizardTestSupport<Configuration> server;
  private static TracingHttpClient frontend;

  @Path("/api/cart")
  @Produces(MediaType.APPLICATION_JSON)
  public static class CartResource {

    @GET
    @Path("/{userId}")
    @Traced(service = "cart", span = "oteldemo.CartService/GetCart")
    public Map<String, String> getCart(@PathParam("userId") String userId) {
      SEEN.put(userId, Map.of(
          "trace_id", String.valueOf(MDC.get("trace_id")),
          "span_id", String.valueOf(MDC.get("span_id")),
          "service_name", String.valueOf(MDC.get("service_name")),
          "current_span_id", Span.current().getSpanContext().getSpanId()));
      return Map.of("userId", userId);
    }

    @GET
    @Path("/failing")
    @Traced(service = "cart", span = "oteldemo.CartService/EmptyCart")
    public String failing() {
      throw new IllegalStateException("cartFailure flag is on");
    }

    @GET
    @Path("/missing")
    @Traced(service = "cart", span = "oteldemo.CartService/AddItem")
    public String missing() {
      throw new NotFoundException("no such cart");
    }

    @GET
    @Path("/untraced")
    public String untraced() {
      return "plain";
    }
  }

  public static class TestApplication extends Application<Configuration> {
    @Override
    public void run(Configuration configuration, Environment environment) {
      environment.jersey().register(new TracingFeature(telemetry));
      environment.jersey().register(new CartResource());
    }
  }

  @BeforeAll
  static void startServer() throws Exception {
    telemetry = Telemetry.start(TelemetryConfig.defaults()
        .withPrometheus("127.0.0.1", 0)
        .withExtraSpanExporter(EXPORTED));
    HttpConnectorFactory connector = new HttpConnectorFactory();
    connector.setBindHost("127.0.0.1");
    connector.setPort(0);
    SimpleServerFactory serverFactory = new SimpleServerFactory();
    serverFactory.setConnector(connector);
    serverFactory.setApplicationContextPath("/");
    Configuration configuration = new Configuration();
    configuration.setServerFactory(serverFactory);
    server = new DropwizardTestSupport<>(TestApplication.class, configuration);
    server.before();
    frontend = new TracingHttpClient(HttpClient.newHttpClient(), telemetry.forService("frontend"));
  }

  @AfterAll
  static void stopServer() {
    server.after();
    telemetry.close();
  }

  @BeforeEach
  void reset() {
    EXPORTED.reset();
  }

  private static HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getLocalPort() + path));
  }

  private static SpanData only(SpanKind kind) {
    List<SpanData> spans =
        EXPORTED.getFinishedSpanItems().stream().filter(s -> s.getKind() == kind).toList();
    assertThat(spans).hasSize(1);
    return spans.get(0);
  }

  @Test
  void theServerSpanIsAChildOfTheClientSpanInTheSameTrace() throws Exception {
    HttpResponse<String> response = frontend.send(
        get("/api/cart/u1"), HttpResponse.BodyHandlers.ofString(), "oteldemo.CartService/GetCart");

    assertThat(response.statusCode()).isEqualTo(200);
    SpanData client = only(SpanKind.CLIENT);
    SpanData serverSpan = only(SpanKind.SERVER);
    assertThat(serverSpan.getTraceId()).isEqualTo(client.getTraceId());
    assertThat(serverSpan.getParentSpanId()).isEqualTo(client.getSpanId());
    assertThat(serverSpan.getResource().getAttribute(ServiceTelemetry.SERVICE_NAME)).isEqualTo("cart");
    assertThat(client.getResource().getAttribute(ServiceTelemetry.SERVICE_NAME)).isEqualTo("frontend");
  }

  @Test
  void theServerSpanCarriesHttpAttributesAndStaysUnsetOn200() throws Exception {
    frontend.send(get("/api/cart/u2"), HttpResponse.BodyHandlers.ofString(), "GetCart");

    SpanData serverSpan = only(SpanKind.SERVER);
    assertThat(serverSpan.getName()).isEqualTo("oteldemo.CartService/GetCart");
    assertThat(serverSpan.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(serverSpan.getAttributes().get(HttpAttributes.REQUEST_METHOD)).isEqualTo("GET");
    assertThat(serverSpan.getAttributes().get(HttpAttributes.URL_PATH)).isEqualTo("/api/cart/u2");
    assertThat(serverSpan.getAttributes().get(HttpAttributes.ROUTE)).isEqualTo("/api/cart/{userId}");
    assertThat(serverSpan.getAttributes().get(HttpAttributes.RESPONSE_STATUS_CODE)).isEqualTo(200L);
  }

  @Test
  void theResourceMethodSeesItsSpanAsCurrentAndInTheMdc() throws Exception {
    frontend.send(get("/api/cart/u3"), HttpResponse.BodyHandlers.ofString(), "GetCart");

    SpanData serverSpan = only(SpanKind.SERVER);
    assertThat(SEEN.get("u3")).isEqualTo(Map.of(
        "trace_id", serverSpan.getTraceId(),
        "span_id", serverSpan.getSpanId(),
        "service_name", "cart",
        "current_span_id", serverSpan.getSpanId()));
  }

  @Test
  void anExceptionGivesA500AndErrorSpansOnBothSidesWithTheExceptionRecorded() throws Exception {
    HttpResponse<String> response = frontend.send(
        get("/api/cart/failing"), HttpResponse.BodyHandlers.ofString(), "EmptyCart");

    assertThat(response.statusCode()).isEqualTo(500);
    SpanData serverSpan = only(SpanKind.SERVER);
    assertThat(serverSpan.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(serverSpan.getEvents()).anySatisfy(e -> {
      assertThat(e.getName()).isEqualTo("exception");
      assertThat(e.getAttributes().get(io.opentelemetry.api.common.AttributeKey.stringKey(
          "exception.message"))).isEqualTo("cartFailure flag is on");
    });
    assertThat(only(SpanKind.CLIENT).getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
  }

  @Test
  void a404LeavesTheServerSpanUnsetAndFailsTheClientSpan() throws Exception {
    HttpResponse<String> response = frontend.send(
        get("/api/cart/missing"), HttpResponse.BodyHandlers.ofString(), "AddItem");

    assertThat(response.statusCode()).isEqualTo(404);
    SpanData serverSpan = only(SpanKind.SERVER);
    assertThat(serverSpan.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(serverSpan.getAttributes().get(HttpAttributes.RESPONSE_STATUS_CODE)).isEqualTo(404L);
    assertThat(only(SpanKind.CLIENT).getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
  }

  @Test
  void aMethodWithoutTracedGetsNoServerSpan() throws Exception {
    frontend.send(get("/api/cart/untraced"), HttpResponse.BodyHandlers.ofString(), "plain");

    assertThat(EXPORTED.getFinishedSpanItems()).extracting(SpanData::getKind)
        .containsExactly(SpanKind.CLIENT);
  }

  @Test
  void aRefusedConnectionIsAnErrorClientSpan() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closedPort + "/api/charge"));

    assertThatThrownBy(() -> frontend.send(
        request, HttpResponse.BodyHandlers.ofString(), "oteldemo.PaymentService/Charge"))
        .isInstanceOf(ConnectException.class);
    SpanData client = only(SpanKind.CLIENT);
    assertThat(client.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(client.getAttributes().get(HttpAttributes.ERROR_TYPE))
        .isEqualTo(ConnectException.class.getName());
  }

  @Test
  void bothSidesAreCountedInSpanmetrics() throws Exception {
    frontend.send(get("/api/cart/failing"), HttpResponse.BodyHandlers.ofString(),
        "oteldemo.CartService/EmptyCart");

    Scrape scrape = Scrape.of(telemetry);
    assertThat(scrape.value("traces_span_metrics_calls_total", Map.of(
        "service_name", "cart", "span_name", "oteldemo.CartService/EmptyCart",
        "span_kind", "SPAN_KIND_SERVER", "status_code", "STATUS_CODE_ERROR"))).isEqualTo(1.0);
    assertThat(scrape.value("traces_span_metrics_calls_total", Map.of(
        "service_name", "frontend", "span_name", "oteldemo.CartService/EmptyCart",
        "span_kind", "SPAN_KIND_CLIENT", "status_code", "STATUS_CODE_ERROR"))).isEqualTo(1.0);
  }
}
