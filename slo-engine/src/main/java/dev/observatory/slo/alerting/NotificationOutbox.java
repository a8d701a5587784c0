package dev.observatory.slo.alerting;

import java.time.Instant;
import java.util.List;

/**
 * Notifications waiting to be delivered, one entry per (notification, target). The engine enqueues
 * in the same transaction that records the alert transition, so a crash loses neither; the {@link
 * OutboxDispatcher} delivers. Implementations must be safe for one enqueuing and one dispatching
 * thread.
 */
public interface NotificationOutbox {
  /** Adds an entry due at {@code at}; returns its id. */
  long enqueue(String target, Notification notification, Instant at);

  /** Unsent entries with {@code nextAttemptAt <= now}, oldest {@code nextAttemptAt} first (then by id), at most {@code limit}. */
  List<OutboxEntry> due(Instant now, int limit);

  /** The entry was delivered; it is never due again. */
  void markSent(long id, Instant at);

  /** Attempt number {@code attempt} failed; the entry is due again at {@code nextAttemptAt}. */
  void markFailed(long id, int attempt, Instant nextAttemptAt, String error);

  /** Entries not delivered yet, due or not. */
  long pending();
}
