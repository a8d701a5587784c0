package dev.observatory.shop.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shop's DAOs against a real (embedded) PostgreSQL. */
class DaoTest {
  @TempDir static Path dir;
  static Database db;
  static Jdbi jdbi;

  @BeforeAll
  static void start() throws Exception {
    db = Database.embedded(dir.resolve("pg"));
    assertThat(db.migrate()).isEqualTo(1);
    jdbi = db.jdbi();
  }

  @AfterAll
  static void stop() throws Exception {
    db.close();
  }

  @Test
  void migratingTwiceRunsNothingTheSecondTime() {
    assertThat(db.migrate()).isZero();
  }

  @Test
  void addingTheSameProductTwiceAddsUpItsQuantity() {
    CartDao cart = jdbi.onDemand(CartDao.class);
    assertThat(cart.add("u-cart", "P1", 2)).isEqualTo(2);
    assertThat(cart.add("u-cart", "P1", 3)).isEqualTo(5);
    cart.add("u-cart", "P2", 1);
    assertThat(cart.lines("u-cart")).containsExactly(new CartLine("P1", 5), new CartLine("P2", 1));
    assertThat(cart.empty("u-cart")).isEqualTo(2);
    assertThat(cart.lines("u-cart")).isEmpty();
  }

  @Test
  void fiftyConcurrentChargesWithOneKeyChargeOnce() throws Exception {
    PaymentDao payments = jdbi.onDemand(PaymentDao.class);
    long before = payments.count();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String tx = "tx-" + i;
      Callable<String> charge = () -> {
        payments.charge(tx, "checkout-key-1", "USD", 12, 500_000_000, "VISA", "1111");
        return payments.byChargeKey("checkout-key-1").orElseThrow();
      };
      results.add(pool.submit(charge));
    }
    List<String> winners = new ArrayList<>();
    for (Future<String> f : results) winners.add(f.get());
    pool.shutdown();
    assertThat(winners).hasSize(50).containsOnly(winners.get(0));
    assertThat(payments.count()).isEqualTo(before + 1);
  }

  @Test
  void accountingRecordsAnOrderExactlyOnce() {
    PaymentDao payments = jdbi.onDemand(PaymentDao.class);
    payments.charge("tx-acc", "key-acc", "EUR", 10, 0, "VISA", "1111");
    OrderDao orders = jdbi.onDemand(OrderDao.class);
    OrderRow order = new OrderRow("order-acc", "u1", "EUR", "a@example.com", "1 Main St", "Town", "ST", "DE", "12345",
        "TRK-1", "EUR", 5, 0, "EUR", 15, 0, "tx-acc");
    orders.place(order, List.of(new OrderItemRow("order-acc", "P1", 1, "EUR", 10, 0)), "{}", null);
    AccountingDao accounting = jdbi.onDemand(AccountingDao.class);
    assertThat(accounting.record("order-acc", "EUR", 15, 0, 1)).isEqualTo(1);
    assertThat(accounting.record("order-acc", "EUR", 15, 0, 1)).isZero();
    assertThat(accounting.entries("order-acc")).isEqualTo(1);
  }

  @Test
  void aFailingOrderWriteLeavesNeitherOrderNorOutbox() {
    OrderDao orders = jdbi.onDemand(OrderDao.class);
    long before = orders.count();
    OrderRow order = new OrderRow("order-bad", "u1", "EUR", "a@example.com", "1 Main St", "Town", "ST", "DE", "12345",
        "TRK-2", "EUR", 5, 0, "EUR", 15, 0, "no-such-transaction");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> orders.place(order, List.of(), "{}", null)).isInstanceOf(Exception.class);
    assertThat(orders.count()).isEqualTo(before);
    int outbox = jdbi.withHandle(h -> h.createQuery("select count(*) from order_outbox where order_id = 'order-bad'").mapTo(Integer.class).one());
    assertThat(outbox).isZero();
  }

  @Test
  void anIdempotencyKeyIsClaimedOnceAndAnsweredFromStorage() {
    IdempotencyDao keys = jdbi.onDemand(IdempotencyDao.class);
    assertThat(keys.claim("k1", "h1")).isEqualTo(1);
    assertThat(keys.claim("k1", "h1")).isZero();
    keys.complete("k1", 200, "{\"orderId\":\"o1\"}");
    assertThat(keys.find("k1")).hasValueSatisfying(r -> {
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.response()).contains("o1");
    });
    assertThat(keys.claim("k2", "h2")).isEqualTo(1);
    keys.release("k2");
    assertThat(keys.find("k2")).isEmpty();
  }
}
