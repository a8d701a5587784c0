package dev.observatory.slo.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.observatory.slo.alerting.Notification;
import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.store.EngineDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notifications owed to a receiver are kept in PostgreSQL, whole, and survive a reopened database. */
class PostgresOutboxTest {
  @TempDir Path dir;

  static Notification firing() {
    return new Notification(new SloId("checkout", "place-order-availability"), Severity.PAGE, Notification.Kind.FIRING,
        Instant.parse("2026-11-25T10:04:00Z"), Optional.empty(), Map.of("alertname", "CheckoutPlaceOrderAvailability", "severity", "page"),
        Map.of("summary", "checkout is burning its budget"),
        new Notification.TrippedPair(Duration.ofHours(1), Duration.ofMinutes(5), 14.4, OptionalDouble.of(16.7), OptionalDouble.empty()),
        OptionalDouble.of(0.93), Optional.empty());
  }

  @Test
  void aNotificationReadsBackEqualAndIsDueUntilSentAcrossAReopenedDatabase() throws Exception {
    Instant now = Instant.parse("2026-11-25T10:05:00Z");
    long id;
    try (EngineDatabase db = EngineDatabase.embedded(dir.resolve("pg"))) {
      db.migrate();
      PostgresOutbox outbox = new PostgresOutbox(db.jdbi());
      assertThat(outbox.read(outbox.write(firing()))).isEqualTo(firing());
      id = outbox.enqueue("webhook", firing(), now);
      outbox.markFailed(id, 1, now.plusSeconds(5), "HTTP 500");
      assertThat(outbox.due(now, 10)).isEmpty();
    }
    try (EngineDatabase db = EngineDatabase.embedded(dir.resolve("pg"))) {
      PostgresOutbox outbox = new PostgresOutbox(db.jdbi());
      var due = outbox.due(now.plusSeconds(5), 10);
      assertThat(due).hasSize(1);
      assertThat(due.get(0).target()).isEqualTo("webhook");
      assertThat(due.get(0).notification()).isEqualTo(firing());
      assertThat(due.get(0).lastError()).contains("HTTP 500");
      outbox.markSent(id, now.plusSeconds(6));
      assertThat(outbox.pending()).isZero();
    }
  }

  static Notification resolved() {
    Notification f = firing();
    return new Notification(f.slo(), f.severity(), Notification.Kind.RESOLVED, f.startsAt(), Optional.of(Instant.parse("2026-11-25T10:40:00Z")),
        f.labels(), f.annotations(), f.pair(), f.budgetRemaining(), f.generatorUrl());
  }

  @Test
  void aResolutionSupersedesTheUndeliveredFiringSoTheReceiverNeverSeesTheAlertReopen() throws Exception {
    Instant now = Instant.parse("2026-11-25T10:05:00Z");
    try (EngineDatabase db = EngineDatabase.embedded(dir.resolve("pg"))) {
      db.migrate();
      PostgresOutbox outbox = new PostgresOutbox(db.jdbi());
      long stale = outbox.enqueue("webhook", firing(), now);
      outbox.markFailed(stale, 1, now.plusSeconds(60), "connection refused");
      long toAlertmanager = outbox.enqueue("alertmanager", firing(), now);
      outbox.markSent(toAlertmanager, now);
      long other = outbox.enqueue("route:http://127.0.0.1:9/pager", firing(), now);

      long resolution = outbox.enqueue("webhook", resolved(), now.plusSeconds(30));

      // The webhook gets the resolution only; the route's firing (another receiver) is still owed.
      assertThat(outbox.due(now.plusSeconds(120), 10)).extracting(e -> e.id()).containsExactly(other, resolution);
      assertThat(outbox.pending()).isEqualTo(2);
    }
  }
}
