package dev.observatory.slo.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.observatory.slo.store.MinuteDao;
import dev.observatory.slo.store.MinuteRow;
import dev.observatory.slo.store.SloKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An engine stopped and started again resumes from PostgreSQL: every event counted once, none lost while it was down. */
class EngineRestartTest {
  static final String SPEC = """
      apiVersion: observatory/v1
      service: checkout
      slos:
        - name: place-order-availability
          objective: 99.9
          sli: {availability: {spanName: oteldemo.CheckoutService/PlaceOrder}}
      """;
  @TempDir Path dir;

  @Test
  void eventsBeforeDuringAndAfterARestartAreEachCountedOnce() throws Exception {
    Path spec = Files.writeString(dir.resolve("checkout.yaml"), SPEC);
    MutableClock clock = new MutableClock();
    long added = 0;
    long errors = 0;
    try (FakeTarget target = new FakeTarget()) {
      EngineOptions options = new EngineOptions(List.of(spec), "127.0.0.1", 0, 0, List.of(target.metrics()), Duration.ofMinutes(1),
          dir.resolve("pg"), null, null, null, null, Duration.ofMinutes(5), List.of());
      EngineServer engine = EngineServer.start(options, true, clock);
      for (int minute = 0; minute < 5; minute++) {
        target.add("checkout", "oteldemo.CheckoutService/PlaceOrder", 50, 1);
        added += 50;
        errors += 1;
        engine.cycleNow();
        clock.now = clock.now.plus(Duration.ofMinutes(1));
      }
      engine.close();
      // Down for three minutes while the shop keeps serving.
      for (int minute = 0; minute < 3; minute++) {
        target.add("checkout", "oteldemo.CheckoutService/PlaceOrder", 70, 2);
        added += 70;
        errors += 2;
        clock.now = clock.now.plus(Duration.ofMinutes(1));
      }
      engine = EngineServer.start(options, true, clock);
      for (int minute = 0; minute < 4; minute++) {
        target.add("checkout", "oteldemo.CheckoutService/PlaceOrder", 30, 0);
        added += 30;
        engine.cycleNow();
        clock.now = clock.now.plus(Duration.ofMinutes(1));
      }
      engine.cycleNow();
      List<MinuteRow> rows = engine.database().jdbi().onDemand(MinuteDao.class).range(SloKey.of("checkout", "place-order-availability"), 0, Long.MAX_VALUE);
      engine.close();
      assertThat(rows).extracting(MinuteRow::minute).doesNotHaveDuplicates();
      assertThat(rows.stream().mapToDouble(MinuteRow::total).sum()).isEqualTo(added);
      assertThat(rows.stream().mapToDouble(r -> r.total() - r.good()).sum()).isEqualTo(errors);
    }
  }
}
