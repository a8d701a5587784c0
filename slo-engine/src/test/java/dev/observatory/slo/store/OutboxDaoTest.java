package dev.observatory.slo.store;

import static dev.observatory.slo.model.Severity.PAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

/** The notification outbox: due rows, delivery marks, and workers that never share a row. */
class OutboxDaoTest extends DatabaseTest {
  private static final Instant T0 = Instant.parse("2026-11-03T10:00:00Z");

  private static long enqueue(String name, Instant at) {
    return jdbi.onDemand(OutboxDao.class).enqueue(SloKey.of("outbox", name), PAGE, NotificationKind.FIRING,
        "{\"alertname\": \"SloBurn\", \"slo\": \"" + name + "\"}", NotificationTarget.ALERTMANAGER, at);
  }

  @Test
  void aNotificationKeepsItsFieldsAndIsDueFromItsCreation() {
    Instant at = T0.minusSeconds(86_400 * 10);
    long id = enqueue("fields", at);
    Notification n = jdbi.onDemand(OutboxDao.class).byId(id);
    assertThat(n.sloKey()).isEqualTo(SloKey.of("outbox", "fields"));
    assertThat(n.kind()).isEqualTo(NotificationKind.FIRING);
    assertThat(n.target()).isEqualTo(NotificationTarget.ALERTMANAGER);
    assertThat(n.payload()).isEqualTo("{\"alertname\": \"SloBurn\", \"slo\": \"fields\"}");
    assertThat(n.attempts()).isZero();
    assertThat(n.nextAttemptAt()).isEqualTo(at);
    assertThat(n.sentAt()).isNull();
    jdbi.useTransaction(h -> assertThat(h.attach(OutboxDao.class).due(at.minusSeconds(1), 1_000)).extracting(Notification::id).doesNotContain(id));
    jdbi.useTransaction(h -> assertThat(h.attach(OutboxDao.class).due(at, 1_000)).extracting(Notification::id).contains(id));
    jdbi.onDemand(OutboxDao.class).markSent(id, at);
  }

  @Test
  void aFailedDeliveryWaitsForItsNextAttemptAndASentOneIsNeverDueAgain() {
    OutboxDao outbox = jdbi.onDemand(OutboxDao.class);
    Instant at = T0.minusSeconds(86_400 * 20);
    long id = enqueue("retry", at);
    assertThat(outbox.markFailed(id, "connection refused", at.plusSeconds(30))).isEqualTo(1);
    assertThat(dueIds(at.plusSeconds(29))).doesNotContain(id);
    assertThat(dueIds(at.plusSeconds(30))).contains(id);
    assertThat(outbox.byId(id).lastError()).isEqualTo("connection refused");
    assertThat(outbox.markSent(id, at.plusSeconds(31))).isEqualTo(1);
    assertThat(outbox.markFailed(id, "late failure", at.plusSeconds(60))).as("a sent notification stays sent").isZero();
    Notification sent = outbox.byId(id);
    assertThat(sent.attempts()).isEqualTo(2);
    assertThat(sent.sentAt()).isEqualTo(at.plusSeconds(31));
    assertThat(sent.lastError()).isNull();
    assertThat(dueIds(at.plusSeconds(86_400))).doesNotContain(id);
  }

  @Test
  void rowsAWorkerHoldsAreSkippedByOthersAndReturnWhenItRollsBack() {
    Instant at = T0.minusSeconds(86_400 * 30);
    List<Long> ids = List.of(enqueue("held-1", at), enqueue("held-2", at));
    Instant before = at.plusNanos(1_000); // only the rows of this test (and older ones, all sent) are due
    try (Handle a = jdbi.open(); Handle b = jdbi.open()) {
      a.begin();
      b.begin();
      List<Long> taken = a.attach(OutboxDao.class).due(before, 1).stream().map(Notification::id).toList();
      List<Long> other = b.attach(OutboxDao.class).due(before, 10).stream().map(Notification::id).toList();
      assertThat(taken).hasSize(1);
      assertThat(other).doesNotContainAnyElementsOf(taken).containsAnyElementsOf(ids);
      a.rollback();
      b.rollback();
    }
    assertThat(dueIds(before)).containsAll(ids);
    ids.forEach(id -> jdbi.onDemand(OutboxDao.class).markSent(id, before));
  }

  @Test
  void concurrentWorkersDeliverEveryNotificationExactlyOnce() throws Exception {
    Instant at = T0;
    int notifications = 300;
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < notifications; i++) ids.add(enqueue("concurrent-" + i, at));
    int workers = 8;
    Set<Long> delivered = ConcurrentHashMap.newKeySet();
    AtomicInteger duplicates = new AtomicInteger();
    CyclicBarrier start = new CyclicBarrier(workers);
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    List<Future<Integer>> results = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      results.add(pool.submit(() -> {
        start.await();
        int mine = 0;
        while (true) {
          int taken = jdbi.inTransaction(h -> {
            OutboxDao outbox = h.attach(OutboxDao.class);
            List<Notification> due = outbox.due(at, 5);
            for (Notification n : due) {
              if (!delivered.add(n.id())) duplicates.incrementAndGet();
              outbox.markSent(n.id(), at);
            }
            return due.size();
          });
          if (taken == 0) return mine;
          mine += taken;
        }
      }));
    }
    int total = 0;
    for (Future<Integer> r : results) total += r.get(60, TimeUnit.SECONDS);
    pool.shutdown();
    assertThat(duplicates).hasValue(0);
    assertThat(delivered).containsAll(ids);
    assertThat(total).isEqualTo(delivered.size());
    assertThat(jdbi.onDemand(OutboxDao.class).unsent()).isZero();
  }

  private static List<Long> dueIds(Instant now) {
    return jdbi.inTransaction(h -> h.attach(OutboxDao.class).due(now, 10_000).stream().map(Notification::id).toList());
  }
}
