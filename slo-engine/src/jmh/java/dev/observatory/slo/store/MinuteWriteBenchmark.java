package dev.observatory.slo.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A day of minute data for 1,000 SLOs (1.44 M rows) written into an empty {@code slo_minutes} of
 * the embedded PostgreSQL, through the batched upsert (one transaction per 10,000 rows, as a live
 * writer would commit) and through the COPY import (one transaction). Single shot: each invocation
 * is a bulk job. Scores are per row: rows/s = 1e6 / score (µs/row).
 *
 * <pre>mvn -B -pl slo-engine -am -Pjmh -DskipTests verify -Djmh.args="MinuteWriteBenchmark -f 1 -wi 1 -i 3 -bm ss"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MinuteWriteBenchmark {
  private static final int SLOS = 1_000;
  private static final int MINUTES = 1_440;
  private static final int ROWS = SLOS * MINUTES;
  private static final int BATCH = 10_000;
  private static final long START = 29_457_000; // 2026-01-03T00:00Z, an epoch minute

  private Path dataDirectory;
  private EngineDatabase db;
  private MinuteDao minutes;
  private List<List<MinuteRow>> batches;
  private List<MinuteRow> rows;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dataDirectory = Files.createTempDirectory("minute-write-benchmark");
    db = EngineDatabase.embedded(dataDirectory);
    db.migrate();
    minutes = db.jdbi().onDemand(MinuteDao.class);
    SplittableRandom random = new SplittableRandom(20260103);
    rows = new ArrayList<>(ROWS);
    // Minute by minute, all SLOs each minute: the order in which the engine produces them.
    SloKey[] keys = new SloKey[SLOS];
    for (int s = 0; s < SLOS; s++) keys[s] = SloKey.of("service-" + s / 10, "slo-" + s);
    for (int m = 0; m < MINUTES; m++) {
      for (int s = 0; s < SLOS; s++) {
        double total = random.nextInt(5_000);
        rows.add(new MinuteRow(keys[s], START + m, total - random.nextInt(1 + (int) total / 100), total));
      }
    }
    batches = new ArrayList<>();
    for (int i = 0; i < ROWS; i += BATCH) batches.add(rows.subList(i, Math.min(ROWS, i + BATCH)));
  }

  @Setup(Level.Iteration)
  public void empty() {
    db.jdbi().useHandle(h -> h.execute("truncate slo_minutes"));
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public int upsertInBatches() {
    int written = 0;
    for (List<MinuteRow> batch : batches) written += minutes.upsert(batch);
    return check(written);
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public int copyImport() {
    return check(minutes.importMinutes(rows));
  }

  private static int check(int written) {
    if (written != ROWS) throw new IllegalStateException("wrote " + written + " rows, expected " + ROWS);
    return written;
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    db.close();
    try (Stream<Path> files = Files.walk(dataDirectory)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
