package dev.observatory.slo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server stops under a writer and comes back: the pool replaces its dead connections, the
 * writer retries the batches that failed, and every minute ends up stored exactly once.
 */
class HardRestartTest {
  private static final int SLOS = 5;
  private static final int MINUTES_PER_BATCH = 100;

  @TempDir static Path dir;
  static EngineDatabase db;

  @BeforeAll
  static void start() throws Exception {
    db = EngineDatabase.embedded(dir.resolve("pg"));
    db.migrate();
  }

  @AfterAll
  static void stop() throws Exception {
    db.close();
  }

  @Test
  void aWriterThatRetriesFailedBatchesStoresEveryMinuteExactlyOnceAcrossAServerRestart() throws Exception {
    MinuteDao minutes = db.jdbi().onDemand(MinuteDao.class);
    CountDownLatch writing = new CountDownLatch(20);
    CountDownLatch failed = new CountDownLatch(1);
    AtomicBoolean restarted = new AtomicBoolean();
    CountDownLatch writingAfterRestart = new CountDownLatch(20);
    AtomicBoolean enough = new AtomicBoolean();
    AtomicInteger failures = new AtomicInteger();

    ExecutorService executor = Executors.newSingleThreadExecutor();
    Future<Integer> writer = executor.submit(() -> {
      int batch = 0;
      while (!enough.get()) {
        List<MinuteRow> rows = batch(batch);
        while (true) {
          try {
            minutes.upsert(rows);
            break;
          } catch (RuntimeException e) {
            failures.incrementAndGet();
            failed.countDown();
            Thread.sleep(50); // back off while the server is away
          }
        }
        batch++;
        writing.countDown();
        if (restarted.get()) writingAfterRestart.countDown();
      }
      return batch;
    });

    assertThat(writing.await(60, TimeUnit.SECONDS)).isTrue();
    db.stopEmbeddedServer();
    assertThat(failed.await(60, TimeUnit.SECONDS)).as("the writer saw the server go").isTrue();
    db.startEmbeddedServer();
    restarted.set(true);
    assertThat(writingAfterRestart.await(60, TimeUnit.SECONDS)).as("the writer recovered").isTrue();
    enough.set(true);
    int batches = writer.get(60, TimeUnit.SECONDS);
    executor.shutdown();

    assertThat(failures).hasPositiveValue();
    db.ping();
    long expectedRows = (long) batches * MINUTES_PER_BATCH * SLOS;
    List<Object[]> perSlo = db.jdbi().withHandle(h -> h.createQuery(
            "select count(*), count(distinct minute), min(minute), max(minute), sum(good) from slo_minutes group by slo_key order by slo_key")
        .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getDouble(5)})
        .list());
    long lastMinute = (long) batches * MINUTES_PER_BATCH - 1;
    assertThat(perSlo).hasSize(SLOS).allSatisfy(r -> assertThat(r).containsExactly(
        (long) batches * MINUTES_PER_BATCH, (long) batches * MINUTES_PER_BATCH, 0L, lastMinute, (double) lastMinute * (lastMinute + 1) / 2));
    assertThat(perSlo.stream().mapToLong(r -> (long) r[0]).sum()).isEqualTo(expectedRows);
  }

  /** Minutes {@code [b*100, b*100+100)} of every SLO, with good = the minute (a checksum). */
  private static List<MinuteRow> batch(int b) {
    List<MinuteRow> rows = new ArrayList<>(SLOS * MINUTES_PER_BATCH);
    for (int s = 0; s < SLOS; s++) {
      SloKey slo = SloKey.of("restart", "slo-" + s);
      for (int m = b * MINUTES_PER_BATCH; m < (b + 1) * MINUTES_PER_BATCH; m++) rows.add(new MinuteRow(slo, m, m, m + 1));
    }
    return rows;
  }
}
