package dev.observatory.slo.store;

import dev.observatory.slo.model.Severity;
import java.time.Instant;

/** A notification in the outbox; {@code sentAt} is null until it was delivered; {@code url} is a route's webhook (null for the other targets). */
public record Notification(
    long id,
    SloKey sloKey,
    Severity severity,
    NotificationKind kind,
    String payload,
    NotificationTarget target,
    int attempts,
    Instant createdAt,
    Instant nextAttemptAt,
    Instant sentAt,
    String lastError,
    String url) {}
