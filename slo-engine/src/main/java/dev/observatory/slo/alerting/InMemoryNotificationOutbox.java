package dev.observatory.slo.alerting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link NotificationOutbox} in memory: for tests and backtests; it forgets everything on exit. */
public final class InMemoryNotificationOutbox implements NotificationOutbox {
  private final Map<Long, OutboxEntry> unsent = new LinkedHashMap<>();
  private final Map<Long, Instant> sentAt = new LinkedHashMap<>();
  private long nextId = 1;

  @Override
  public synchronized long enqueue(String target, Notification notification, Instant at) {
    long id = nextId++;
    if (notification.kind() == Notification.Kind.RESOLVED) {
      // Undelivered firings of the alert are stale: sent after the resolution they would re-open it.
      unsent.values().removeIf(e -> e.target().equals(target) && e.notification().kind() == Notification.Kind.FIRING
          && e.notification().slo().equals(notification.slo()) && e.notification().severity() == notification.severity());
    }
    unsent.put(id, new OutboxEntry(id, target, notification, 0, at, Optional.empty()));
    return id;
  }

  @Override
  public synchronized List<OutboxEntry> due(Instant now, int limit) {
    return unsent.values().stream()
        .filter(e -> !e.nextAttemptAt().isAfter(now))
        .sorted(Comparator.comparing(OutboxEntry::nextAttemptAt).thenComparingLong(OutboxEntry::id))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized void markSent(long id, Instant at) {
    if (unsent.remove(id) == null) throw new IllegalArgumentException(id + ": no unsent outbox entry");
    sentAt.put(id, at);
  }

  @Override
  public synchronized void markFailed(long id, int attempt, Instant nextAttemptAt, String error) {
    OutboxEntry e = unsent.get(id);
    if (e == null) throw new IllegalArgumentException(id + ": no unsent outbox entry");
    unsent.put(id, new OutboxEntry(id, e.target(), e.notification(), attempt, nextAttemptAt, Optional.of(error)));
  }

  @Override
  public synchronized long pending() {
    return unsent.size();
  }

  /** The unsent entries, by id. */
  public synchronized List<OutboxEntry> unsent() {
    return new ArrayList<>(unsent.values());
  }

  /** When entry {@code id} was sent, if it was. */
  public synchronized Optional<Instant> sentAt(long id) {
    return Optional.ofNullable(sentAt.get(id));
  }
}
