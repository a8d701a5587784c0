package dev.observatory.shop.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/** A whole shop on 127.0.0.1 free ports and a fresh embedded PostgreSQL, for tests; spans kept in memory. */
public final class RunningShop implements AutoCloseable {
  public final ShopServer server;
  final InMemorySpanExporter spans = InMemorySpanExporter.create();
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  final ObjectMapper json = new ObjectMapper();

  public RunningShop(Path dataDir) throws Exception {
    ShopOptions options = new ShopOptions("127.0.0.1", 0, 0, 0, Set.copyOf(ShopOptions.ALL_SERVICES), Map.of(), dataDir, null, 1.0, Map.of(), true, true);
    server = ShopServer.start(options, Optional.of(spans));
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(server.baseUrl().resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String body, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(server.baseUrl().resolve(path)).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) b.headers(headers);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> setFlag(String name, String value) throws Exception {
    return http.send(HttpRequest.newBuilder(server.adminUrl().resolve("/flags/" + name)).PUT(HttpRequest.BodyPublishers.ofString(value)).build(), HttpResponse.BodyHandlers.ofString());
  }

  String metrics() throws Exception {
    URI url = server.metricsUrl().orElseThrow();
    return http.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  JsonNode read(String body) throws Exception {
    return json.readTree(body);
  }

  <T> T query(String sql, Class<T> type) {
    return server.database().orElseThrow().jdbi().withHandle(h -> h.createQuery(sql).mapTo(type).one());
  }

  /** Waits for something the shop does in the background (accounting), bounded: never a timing assertion. */
  static void await(BooleanSupplier condition, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) throw new AssertionError("condition not met within " + limit);
      Thread.sleep(50);
    }
  }

  static String addItem(String user, String product, int quantity) {
    return "{\"userId\":\"" + user + "\",\"item\":{\"productId\":\"" + product + "\",\"quantity\":" + quantity + "}}";
  }

  static String checkout(String user, String currency, String card, int year, int month) {
    return """
        {"userId":"%s","userCurrency":"%s","address":{"streetAddress":"1600 Amphitheatre Parkway","city":"Mountain View","state":"CA","country":"United States","zipCode":"94043"},
         "email":"stargazer@example.com","creditCard":{"creditCardNumber":"%s","creditCardCvv":672,"creditCardExpirationYear":%d,"creditCardExpirationMonth":%d}}
        """.formatted(user, currency, card, year, month);
  }

  @Override
  public void close() throws Exception {
    server.close();
  }
}
