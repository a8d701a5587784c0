package dev.observatory.slo.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.observatory.slo.store.MinuteDao;
import dev.observatory.slo.store.MinuteRow;
import dev.observatory.slo.store.SloKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped hard and started again while the engine runs: the minutes closed meanwhile
 * wait in the engine and are stored once the database is back; none is lost or counted twice.
 */
class EngineDatabaseRestartTest {
  static final String SPEC = """
      apiVersion: observatory/v1
      service: checkout
      slos:
        - name: place-order-availability
          objective: 99.9
          sli: {availability: {spanName: oteldemo.CheckoutService/PlaceOrder}}
      """;
  @TempDir Path dir;
  FakeTarget target;
  EngineServer engine;

  @AfterEach
  void stop() throws Exception {
    if (engine != null) engine.close();
    if (target != null) target.close();
  }

  @Test
  void minutesClosedWhileTheDatabaseIsDownAreStoredOnceItIsBack() throws Exception {
    target = new FakeTarget();
    Path spec = Files.writeString(dir.resolve("checkout.yaml"), SPEC);
    MutableClock clock = new MutableClock();
    engine = EngineServer.start(new EngineOptions(List.of(spec), "127.0.0.1", 0, 0, List.of(target.metrics()), Duration.ofMinutes(1),
        dir.resolve("pg"), null, null, null, null, Duration.ofMinutes(5), List.of()), true, clock);
    int minutes = 12;
    for (int minute = 0; minute < minutes; minute++) {
      if (minute == 4) engine.database().stopEmbeddedServer();
      if (minute == 8) engine.database().startEmbeddedServer();
      target.add("checkout", "oteldemo.CheckoutService/PlaceOrder", 100 + minute, minute % 3);
      engine.cycleNow();
      clock.now = clock.now.plus(Duration.ofMinutes(1));
    }
    engine.cycleNow();
    String metrics = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(engine.baseUrl() + "/metrics")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    assertThat(metrics).as("writes failed while the database was down").containsPattern("observatory_engine_store_failures_total [1-9]");

    List<MinuteRow> rows = engine.database().jdbi().onDemand(MinuteDao.class)
        .range(SloKey.of("checkout", "place-order-availability"), 0, Long.MAX_VALUE);
    // The server's first cycle, at start, scraped the target before it had any series: so the
    // series count from zero, and every minute carries exactly what was added in it.
    assertThat(rows).hasSize(minutes);
    assertThat(rows).extracting(MinuteRow::minute).doesNotHaveDuplicates();
    for (int i = 0; i < rows.size(); i++) {
      int minute = i;
      assertThat(rows.get(i).total()).as("minute %d", minute).isEqualTo(100 + minute);
      assertThat(rows.get(i).total() - rows.get(i).good()).as("errors in minute %d", minute).isEqualTo(minute % 3);
    }
  }
}
