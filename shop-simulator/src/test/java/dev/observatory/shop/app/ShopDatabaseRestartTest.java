package dev.observatory.shop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped hard and started again while shoppers check out: checkouts fail while it is
 * down, the shop reconnects by itself, and every order it acknowledged (HTTP 200) is in the database.
 */
class ShopDatabaseRestartTest {
  @TempDir Path dir;

  @Test
  void everyAcknowledgedOrderSurvivesADatabaseRestartAndTheShopRecovers() throws Exception {
    try (RunningShop shop = new RunningShop(dir.resolve("pg"))) {
      String product = shop.read(shop.get("/api/products").body()).get(0).get("id").asText();
      AtomicBoolean running = new AtomicBoolean(true);
      ExecutorService shoppers = Executors.newFixedThreadPool(3);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        int shopper = t;
        results.add(shoppers.submit(() -> {
          List<String> acknowledged = new ArrayList<>();
          for (int i = 0; running.get() && i < 10_000; i++) {
            String user = "restart-" + shopper + "-" + i;
            try {
              if (shop.post("/api/cart", RunningShop.addItem(user, product, 1)).statusCode() != 200) continue;
              HttpResponse<String> r = shop.post("/api/checkout", RunningShop.checkout(user, "USD", "4111111111111111", Year.now().getValue() + 1, 1));
              if (r.statusCode() == 200) acknowledged.add(shop.read(r.body()).get("orderId").asText());
            } catch (java.io.IOException e) {
              // a request cut by the restart: not acknowledged
            }
          }
          return acknowledged;
        }));
      }
      Thread.sleep(1500); // let some orders through first; nothing is timed or asserted on this
      shop.server.database().orElseThrow().stopEmbeddedServer();
      Thread.sleep(1500);
      shop.server.database().orElseThrow().startEmbeddedServer();
      long recovered = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      int afterRestart = 0;
      while (afterRestart < 5 && System.nanoTime() < recovered) {
        String user = "after-restart-" + afterRestart;
        shop.post("/api/cart", RunningShop.addItem(user, product, 1));
        if (shop.post("/api/checkout", RunningShop.checkout(user, "USD", "4111111111111111", Year.now().getValue() + 1, 1)).statusCode() == 200) afterRestart++;
      }
      running.set(false);
      List<String> acknowledged = new ArrayList<>();
      for (Future<List<String>> f : results) acknowledged.addAll(f.get());
      shoppers.shutdown();

      assertThat(afterRestart).as("checkouts succeed again after the restart").isEqualTo(5);
      assertThat(acknowledged).isNotEmpty();
      for (String orderId : acknowledged) {
        assertThat(shop.query("select count(*) from orders where order_id = '" + orderId + "'", Integer.class)).as(orderId).isEqualTo(1);
      }
    }
  }
}
