package dev.observatory.slo.alerting;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One notification waiting for one target.
 *
 * @param target the name of the target ({@code webhook-page}, {@code alertmanager}, …), a key of the
 *     dispatcher's senders
 * @param attempts failed attempts so far
 * @param nextAttemptAt not delivered before this instant
 * @param lastError the last failure, one line
 */
public record OutboxEntry(long id, String target, Notification notification, int attempts, Instant nextAttemptAt, Optional<String> lastError) {
  public OutboxEntry {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(notification, "notification");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(lastError, "lastError");
    if (attempts < 0) throw new IllegalArgumentException(attempts + ": attempts must not be negative");
  }
}
