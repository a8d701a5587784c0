package dev.observatory.shop.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

  private final FakeTicker ticker = new FakeTicker();
  private final StringWriter output = new StringWriter();
  private FakeShop shop;

  @BeforeEach
  void startShop() throws Exception {
    shop = new FakeShop(ticker);
  }

  @AfterEach
  void stopShop() {
    shop.close();
  }

  private LoadConfig.Builder config() {
    return LoadConfig.builder()
        .target(shop.target())
        .admin(shop.adminUri())
        .users(1)
        .rampUp(Duration.ZERO)
        .thinkTime(Duration.ZERO, Duration.ZERO)
        .duration(Duration.ofHours(1))
        .seed(7);
  }

  private LoadGenerator generator(LoadConfig config) {
    Clock wall = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    return new LoadGenerator(
        config,
        new PrintWriter(output, true),
        ticker,
        wall,
        LoadGenerator.defaultHttpClient(config));
  }

  @Test
  void aUserFollowsTheLocustTaskMixOverFourThousandTasks() {
    int tasks = 4000;
    LoadSummary summary = generator(config().maxTasks(tasks).build()).run();

    assertThat(summary.tasks()).isEqualTo(tasks);
    double total = Task.totalWeight();
    double tolerance = 0.02 * tasks;
    assertThat(shop.hits("GET /api/products/{id}")).isCloseTo((int) (tasks * 10 / total), within((int) tolerance));
    assertThat(shop.hits("GET /api/cart")).isCloseTo((int) (tasks * 3 / total), within((int) tolerance));
    assertThat(shop.hits("GET /api/products?q=")).isCloseTo((int) (tasks * 2 / total), within((int) tolerance));
    assertThat(shop.hits("GET /")).isCloseTo((int) (tasks * 1 / total), within((int) tolerance));
    // checkout and multi-item checkout each place one order
    assertThat(shop.hits("POST /api/checkout")).isCloseTo((int) (tasks * 2 / total), within((int) tolerance));
    // add to cart: 2 alone, 1 item per checkout, 2..4 (3 on average) per multi-item checkout
    assertThat(shop.hits("POST /api/cart")).isCloseTo((int) (tasks * 6 / total), within((int) (2 * tolerance)));
    // the product list and currencies are fetched once, at the start
    assertThat(shop.hits("GET /api/products")).isEqualTo(1);
    assertThat(shop.hits("GET /api/currency")).isEqualTo(1);
    assertThat(summary.requests()).isEqualTo(countAll() + shop.hits("GET /"));
  }

  private long countAll() {
    return shop.hits("GET /api/products/{id}")
        + shop.hits("GET /api/cart")
        + shop.hits("GET /api/products?q=")
        + shop.hits("POST /api/checkout")
        + shop.hits("POST /api/cart")
        + shop.hits("GET /api/products")
        + shop.hits("GET /api/currency");
  }

  @Test
  void theSameSeedGivesTheSameRequests() throws Exception {
    generator(config().maxTasks(200).build()).run();
    var first = shop.requests("POST /api/cart").stream().map(FakeShop.Request::body).toList();
    shop.close();
    shop = new FakeShop(ticker);
    generator(config().maxTasks(200).build()).run();
    var second = shop.requests("POST /api/cart").stream().map(FakeShop.Request::body).toList();

    assertThat(second).isNotEmpty().isEqualTo(first);
  }

  @Test
  void eachUserShopsUnderItsOwnUserId() {
    generator(config().users(3).maxTasks(300).build()).run();

    var userIds =
        shop.requests("GET /api/cart").stream()
            .map(r -> r.pathAndQuery().substring(r.pathAndQuery().indexOf("userId=") + 7))
            .distinct()
            .toList();
    assertThat(userIds).hasSize(3);
  }

  @Test
  void aClosedRunEndsAtItsDurationWithThinkTimeBetweenTasks() {
    LoadSummary summary =
        generator(
                config()
                    .duration(Duration.ofSeconds(60))
                    .thinkTime(Duration.ofSeconds(1), Duration.ofSeconds(3))
                    .build())
            .run();

    // one user thinking 1..3 s (2 s on average) for 60 s of simulated time
    assertThat(summary.tasks()).isBetween(20L, 60L);
    assertThat(summary.elapsed()).isEqualTo(Duration.ofSeconds(60));
    assertThat(summary.stopped()).isFalse();
  }

  @Test
  void theFixedArrivalRateStartsRateTimesDurationTasks() {
    LoadSummary summary =
        generator(
                config()
                    .users(5)
                    .arrivalRate(50)
                    .maxConcurrency(200)
                    .duration(Duration.ofSeconds(2))
                    .build())
            .run();

    assertThat(summary.tasks()).isEqualTo(100);
    assertThat(summary.droppedArrivals()).isZero();
    assertThat(summary.requests() - 2).as("task requests").isGreaterThanOrEqualTo(100);
    assertThat(summary.elapsed()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void stopFinishesTheTaskInFlightAndPrintsTheSummary() {
    AtomicInteger products = new AtomicInteger();
    LoadGenerator generator = generator(config().build());
    shop.onTaskRequest(
        r -> {
          if (r.route().equals("GET /api/products/{id}") && products.incrementAndGet() == 10) {
            generator.stop();
          }
        });

    LoadSummary summary = generator.run();

    assertThat(summary.stopped()).isTrue();
    assertThat(shop.hits("GET /api/products/{id}")).isEqualTo(10);
    assertThat(output.toString()).contains("stopped on request").contains("Summary: ");
  }

  @Test
  void anInterruptStopsTheRunLikeStop() {
    Thread runner = Thread.currentThread();
    AtomicInteger products = new AtomicInteger();
    shop.onTaskRequest(
        r -> {
          if (r.route().equals("GET /api/products/{id}") && products.incrementAndGet() == 5) {
            runner.interrupt();
          }
        });

    LoadSummary summary = generator(config().build()).run();

    assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
    assertThat(summary.stopped()).isTrue();
    assertThat(output.toString()).contains("stopped on request");
  }

  @Test
  void aStopBeforeTheStartRunsNoTasks() {
    LoadGenerator generator = generator(config().build());
    generator.stop();

    LoadSummary summary = generator.run();

    assertThat(summary.tasks()).isZero();
    assertThat(summary.stopped()).isTrue();
  }

  @Test
  void aShopThatCannotBeReachedFailsTheRunWithOneClearLine() {
    LoadConfig config = config().build();
    shop.close();

    assertThatThrownBy(() -> generator(config).run())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot start: GET " + config.target() + "/api/products failed with io-error");
  }
}
