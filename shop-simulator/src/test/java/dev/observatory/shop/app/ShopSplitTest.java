package dev.observatory.shop.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The services spread over two servers: the cart on one, the rest on another that reaches it through --peer. */
class ShopSplitTest {
  @TempDir Path dir;

  @Test
  void aCheckoutWorksWhenTheCartRunsInAnotherServer() throws Exception {
    ShopOptions cartOnly = new ShopOptions("127.0.0.1", 0, 0, -1, Set.of("cart"), Map.of(), dir.resolve("cart-db"), null, 1.0, Map.of(), true, true);
    try (ShopServer cart = ShopServer.start(cartOnly)) {
      Set<String> rest = new java.util.TreeSet<>(ShopOptions.ALL_SERVICES);
      rest.remove("cart");
      ShopOptions others = new ShopOptions("127.0.0.1", 0, 0, -1, rest, Map.of("cart", cart.baseUrl()), dir.resolve("db"), null, 1.0, Map.of(), true, true);
      try (ShopServer shop = ShopServer.start(others)) {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        String product = json.readTree(send(http, shop.baseUrl().resolve("/api/products"), null).body()).get(0).get("id").asText();
        assertThat(send(http, shop.baseUrl().resolve("/api/cart"), RunningShop.addItem("split-user", product, 2)).statusCode()).isEqualTo(200);
        int lines = cart.database().orElseThrow().jdbi().withHandle(h -> h.createQuery("select count(*) from cart_items where user_id = 'split-user'").mapTo(Integer.class).one());
        assertThat(lines).as("the item is stored by the cart server").isEqualTo(1);

        HttpResponse<String> order = send(http, shop.baseUrl().resolve("/api/checkout"), RunningShop.checkout("split-user", "USD", "4111111111111111", Year.now().getValue() + 1, 1));
        assertThat(order.statusCode()).as(order.body()).isEqualTo(200);
        int left = cart.database().orElseThrow().jdbi().withHandle(h -> h.createQuery("select count(*) from cart_items where user_id = 'split-user'").mapTo(Integer.class).one());
        assertThat(left).as("the cart server emptied the cart").isZero();
        assertThat(send(http, cart.baseUrl().resolve("/api/products"), null).statusCode()).as("the cart server runs no frontend").isEqualTo(404);
        assertThat(cart.metricsUrl()).isEqualTo(Optional.empty());
      }
    }
  }

  private static HttpResponse<String> send(HttpClient http, URI uri, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri);
    if (body != null) b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
