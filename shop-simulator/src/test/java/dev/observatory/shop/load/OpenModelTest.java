package dev.observatory.shop.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenModelTest {

  private final FakeTicker ticker = new FakeTicker();
  private final Stats stats = new Stats();
  private FakeShop shop;

  @BeforeEach
  void startShop() throws Exception {
    shop = new FakeShop(ticker);
  }

  @AfterEach
  void stopShop() {
    shop.close();
  }

  @Test
  void arrivalsFindingEverySlotBusyAreDroppedAndCounted() throws Exception {
    // the first task's request is held at the shop until the schedule has dropped all the rest
    shop.onTaskRequest(
        r -> {
          long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
          while (stats.droppedArrivals() < 19 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
          }
        });
    RunControl control = new RunControl(ticker, ticker.nanos(), Duration.ofSeconds(2).toNanos(), 0);
    ShopClient client =
        new ShopClient(HttpClient.newHttpClient(), shop.target(), Duration.ofSeconds(30), stats, ticker);
    VirtualUser user =
        new VirtualUser(
            "u-1",
            client,
            new VirtualUser.Catalog(FakeShop.PRODUCT_IDS, FakeShop.CURRENCIES),
            Clock.systemUTC());
    Workers workers = new Workers("test-arrivals", control);

    new OpenModel(List.of(user), new SplittableRandom(3), 10, 1, stats, control).start(workers);
    workers.sealed();

    assertThat(workers.done().await(30, TimeUnit.SECONDS)).isTrue();
    workers.close();
    assertThat(stats.tasksStarted()).isEqualTo(1);
    assertThat(stats.droppedArrivals()).isEqualTo(19);
  }
}
