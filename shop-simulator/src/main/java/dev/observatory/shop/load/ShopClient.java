package dev.observatory.shop.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The shop's frontend over HTTP: one method per route, each recording latency and status in
 * {@link Stats}. Request failures are recorded, never thrown; only an interrupt escapes.
 */
final class ShopClient {

  /** Keeps a huge catalog from bloating every user's memory; the demo has a dozen products. */
  private static final int MAX_PRODUCTS = 10_000;

  private final HttpClient http;
  private final URI base;
  private final Duration timeout;
  private final Stats stats;
  private final Ticker ticker;
  private final ObjectMapper json = new ObjectMapper();

  ShopClient(HttpClient http, URI base, Duration timeout, Stats stats, Ticker ticker) {
    this.http = http;
    this.base = base;
    this.timeout = timeout;
    this.stats = stats;
    this.ticker = ticker;
  }

  /** Product ids from {@code GET /api/products}; fails the run if there are none. */
  List<String> productIds() throws InterruptedException {
    Reply reply = send(Route.LIST_PRODUCTS, get("/api/products"));
    List<String> ids = new ArrayList<>();
    if (reply.ok()) {
      for (JsonNode product : parse(reply.body())) {
        if (product.hasNonNull("id") && ids.size() < MAX_PRODUCTS) {
          ids.add(product.get("id").asText());
        }
      }
    }
    if (ids.isEmpty()) {
      throw new IllegalStateException(
          "cannot start: GET "
              + uri("/api/products")
              + (reply.ok() ? " lists no products" : " failed with " + reply.status()));
    }
    return List.copyOf(ids);
  }

  /** Currency codes from {@code GET /api/currency}; empty if the shop does not answer. */
  List<String> currencies() throws InterruptedException {
    Reply reply = send(Route.LIST_CURRENCIES, get("/api/currency"));
    List<String> codes = new ArrayList<>();
    if (reply.ok()) {
      for (JsonNode code : parse(reply.body())) {
        if (code.isTextual() && codes.size() < 1000) {
          codes.add(code.asText());
        }
      }
    }
    return List.copyOf(codes);
  }

  void home() throws InterruptedException {
    send(Route.HOME, get("/"));
  }

  void product(String id) throws InterruptedException {
    send(Route.PRODUCT, get("/api/products/" + encode(id)));
  }

  void search(String keyword) throws InterruptedException {
    send(Route.SEARCH, get("/api/products?q=" + encode(keyword)));
  }

  void viewCart(String userId) throws InterruptedException {
    send(Route.VIEW_CART, get("/api/cart?userId=" + encode(userId)));
  }

  void addToCart(String userId, String productId, int quantity) throws InterruptedException {
    CartRequest body = new CartRequest(userId, new CartRequest.Item(productId, quantity));
    send(Route.ADD_TO_CART, post("/api/cart", body).build());
  }

  /** Places an order; the idempotency key lets the shop drop a retried duplicate. */
  void checkout(CheckoutRequest order, String idempotencyKey) throws InterruptedException {
    send(
        Route.CHECKOUT,
        post("/api/checkout", order).header("Idempotency-Key", idempotencyKey).build());
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(uri(path)).timeout(timeout).GET().build();
  }

  private HttpRequest.Builder post(String path, Object body) {
    try {
      return HttpRequest.newBuilder(uri(path))
          .timeout(timeout)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a request body of ours as JSON", e);
    }
  }

  private URI uri(String pathAndQuery) {
    String b = base.toString();
    return URI.create((b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + pathAndQuery);
  }

  private Reply send(Route route, HttpRequest request) throws InterruptedException {
    long start = ticker.nanos();
    String status;
    String body = "";
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      status = Integer.toString(response.statusCode());
      body = response.body();
    } catch (HttpTimeoutException e) {
      status = "timeout";
    } catch (IOException e) {
      status = "io-error";
    } catch (InterruptedException e) {
      stats.record(route, "cancelled", ticker.nanos() - start);
      throw e;
    }
    stats.record(route, status, ticker.nanos() - start);
    return new Reply(status, body);
  }

  private JsonNode parse(String body) {
    try {
      JsonNode node = json.readTree(body);
      return node != null && node.isArray() ? node : json.createArrayNode();
    } catch (IOException e) {
      return json.createArrayNode();
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The body of {@code POST /api/cart}. */
  record CartRequest(String userId, Item item) {
    record Item(String productId, int quantity) {}
  }

  private record Reply(String status, String body) {
    boolean ok() {
      return !Stats.isError(status);
    }
  }
}
