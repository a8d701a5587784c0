package dev.observatory.shop.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A tiny stand-in for the shop's frontend and admin ports on 127.0.0.1, ephemeral ports:
 * answers the routes the load generator calls, counts hits per route, keeps request bodies and
 * flag changes. Close it to stop both servers.
 */
final class FakeShop implements AutoCloseable {

  static {
    // Without TCP_NODELAY the JDK's server and client meet Nagle and delayed ACKs: 40 ms a request.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  static final List<String> PRODUCT_IDS =
      List.of("OLJCESPC7Z", "66VCHSJNUP", "1YMWWN1N4O", "L9ECAV7KIM", "2ZYFJ3GM2N");
  static final List<String> CURRENCIES = List.of("EUR", "USD", "JPY", "CAD");

  /** What the shop saw: method and path plus query, body, headers of interest. */
  record Request(String route, String pathAndQuery, String body, String idempotencyKey) {}

  /** One flag change on the admin port, with the ticker reading when it arrived. */
  record FlagChange(String flag, String value, long tickerNanos) {}

  private final HttpServer frontend;
  private final HttpServer admin;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final List<FlagChange> flagChanges = new CopyOnWriteArrayList<>();
  private final Ticker ticker;
  private volatile Consumer<Request> onTaskRequest = r -> {};
  private volatile int adminStatus = 200;

  FakeShop(Ticker ticker) throws IOException {
    this.ticker = ticker;
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    frontend = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
    admin = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
    frontend.createContext("/", this::frontend);
    admin.createContext("/", this::admin);
    frontend.setExecutor(executor);
    admin.setExecutor(executor);
    frontend.start();
    admin.start();
  }

  URI target() {
    return URI.create("http://127.0.0.1:" + frontend.getAddress().getPort());
  }

  URI adminUri() {
    return URI.create("http://127.0.0.1:" + admin.getAddress().getPort());
  }

  /** Called (on the server thread, before answering) for each request a task makes. */
  void onTaskRequest(Consumer<Request> hook) {
    this.onTaskRequest = hook;
  }

  void adminAnswers(int status) {
    this.adminStatus = status;
  }

  int hits(String route) {
    AtomicInteger n = hits.get(route);
    return n == null ? 0 : n.get();
  }

  List<Request> requests(String route) {
    return requests.stream().filter(r -> r.route().equals(route)).toList();
  }

  List<FlagChange> flagChanges() {
    return List.copyOf(flagChanges);
  }

  private void frontend(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    String query = exchange.getRequestURI().getRawQuery();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String route = route(method, path, query);
    hits.computeIfAbsent(route, r -> new AtomicInteger()).incrementAndGet();
    Request request =
        new Request(
            route,
            path + (query == null ? "" : "?" + query),
            body,
            exchange.getRequestHeaders().getFirst("Idempotency-Key"));
    requests.add(request);
    if (!route.equals("GET /api/products") && !route.equals("GET /api/currency")) {
      onTaskRequest.accept(request);
    }
    switch (route) {
      case "GET /":
        answer(exchange, 200, "text/html", "<html><body>Astronomy Shop</body></html>");
        break;
      case "GET /api/products":
      case "GET /api/products?q=":
        answer(exchange, 200, "application/json", productsJson());
        break;
      case "GET /api/products/{id}":
        String id = path.substring("/api/products/".length());
        if (PRODUCT_IDS.contains(id)) {
          answer(exchange, 200, "application/json", productJson(id));
        } else {
          answer(exchange, 404, "application/json", "{\"error\":\"no such product\"}");
        }
        break;
      case "GET /api/currency":
        answer(exchange, 200, "application/json", "[\"EUR\",\"USD\",\"JPY\",\"CAD\"]");
        break;
      case "GET /api/cart":
        answer(exchange, 200, "application/json", "{\"userId\":\"u\",\"items\":[]}");
        break;
      case "POST /api/cart":
      case "DELETE /api/cart":
        answer(exchange, 200, "application/json", "{}");
        break;
      case "POST /api/checkout":
        answer(
            exchange,
            200,
            "application/json",
            "{\"orderId\":\"o-1\",\"shippingTrackingId\":\"t-1\",\"shippingCost\":"
                + "{\"currencyCode\":\"USD\",\"units\":8,\"nanos\":990000000},"
                + "\"shippingAddress\":{},\"items\":[]}");
        break;
      default:
        answer(exchange, 404, "text/plain", "not found");
    }
  }

  private void admin(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (exchange.getRequestMethod().equals("PUT") && path.startsWith("/flags/")) {
      flagChanges.add(new FlagChange(path.substring("/flags/".length()), body, ticker.nanos()));
      answer(exchange, adminStatus, "text/plain", "");
    } else {
      answer(exchange, 404, "text/plain", "not found");
    }
  }

  private static String route(String method, String path, String query) {
    if (path.equals("/api/products")) {
      return query != null && query.startsWith("q=")
          ? method + " /api/products?q="
          : method + " /api/products";
    }
    if (path.startsWith("/api/products/")) {
      return method + " /api/products/{id}";
    }
    return method + " " + path;
  }

  private static String productsJson() {
    StringBuilder json = new StringBuilder("[");
    for (String id : PRODUCT_IDS) {
      json.append(json.length() > 1 ? "," : "").append(productJson(id));
    }
    return json.append(']').toString();
  }

  private static String productJson(String id) {
    return "{\"id\":\""
        + id
        + "\",\"name\":\"Telescope "
        + id
        + "\",\"description\":\"d\",\"picture\":\"p.jpg\","
        + "\"priceUsd\":{\"currencyCode\":\"USD\",\"units\":349,\"nanos\":950000000},"
        + "\"categories\":[\"telescopes\"]}";
  }

  private static void answer(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    frontend.stop(0);
    admin.stop(0);
    executor.shutdownNow();
  }
}
