package dev.observatory.slo.alerting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * Delivers due outbox entries through their target's sender, at least once: an entry is marked sent
 * only after its target answered 2xx, so a crash between the two sends it again (receivers drop
 * repeats by {@link Notification#key()}). A failure reschedules the entry with {@link Backoff};
 * entries are retried until delivered.
 *
 * <p>{@link #dispatchDue()} is what the engine schedules (for example every 5 seconds on one
 * thread). It never throws: a failing sender, an unknown target or a failing outbox is counted or
 * remembered, and the next pass tries again. Sends are sequential; each sender's timeout bounds how
 * long one slow target holds up a pass.
 */
public final class OutboxDispatcher {
  /**
   * Targets named {@code route:URL} are an SLO's own webhook (its spec's {@code alerting.page.webhook}
   * or {@code alerting.ticket.webhook}); they need no configured sender.
   */
  public static final String ROUTE_PREFIX = "route:";
  private static final java.time.Duration ROUTE_TIMEOUT = java.time.Duration.ofSeconds(10);
  private final NotificationOutbox outbox;
  private final Map<String, NotificationSender> senders;
  private final Map<String, NotificationSender> routes = new TreeMap<>();
  private final Backoff backoff;
  private final Random random;
  private final Clock clock;
  private final int batchSize;

  private long sent;
  private long failed;
  private long pending;
  private String lastOutboxError;

  /**
   * @param senders by target name, as entries name them
   * @param batchSize at most this many entries per pass
   */
  public OutboxDispatcher(NotificationOutbox outbox, Map<String, NotificationSender> senders, Backoff backoff, Random random, Clock clock, int batchSize) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.senders = new TreeMap<>(senders);
    this.backoff = Objects.requireNonNull(backoff, "backoff");
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (batchSize < 1) throw new IllegalArgumentException(batchSize + ": the batch size must be positive");
    this.batchSize = batchSize;
  }

  /** One pass over the due entries; returns what this pass did and how many entries wait after it. */
  public synchronized DispatchCounts dispatchDue() {
    long passSent = 0;
    long passFailed = 0;
    try {
      List<OutboxEntry> due = outbox.due(clock.instant(), batchSize);
      for (OutboxEntry entry : due) {
        if (deliver(entry)) passSent++; else passFailed++;
      }
      pending = outbox.pending();
      lastOutboxError = null;
    } catch (RuntimeException e) {
      lastOutboxError = SendResult.failed("outbox: " + e).error();
    }
    sent += passSent;
    failed += passFailed;
    return new DispatchCounts(passSent, passFailed, pending);
  }

  /** Since this dispatcher started: deliveries, failed attempts, and the entries waiting after the last pass. */
  public synchronized DispatchCounts totals() {
    return new DispatchCounts(sent, failed, pending);
  }

  /** Why the last pass could not read or update the outbox (the database is down, say); empty when it could. */
  public synchronized Optional<String> lastOutboxError() {
    return Optional.ofNullable(lastOutboxError);
  }

  private NotificationSender route(String url) {
    try {
      return routes.computeIfAbsent(url, u -> new WebhookSender(java.net.URI.create(u), ROUTE_TIMEOUT));
    } catch (IllegalArgumentException e) {
      return n -> SendResult.failed("route " + url + " is not a URL: " + e.getMessage());
    }
  }

  private boolean deliver(OutboxEntry entry) {
    NotificationSender sender = senders.get(entry.target());
    if (sender == null && entry.target().startsWith(ROUTE_PREFIX)) sender = route(entry.target().substring(ROUTE_PREFIX.length()));
    SendResult result;
    try {
      result = sender == null ? SendResult.failed("no sender for target " + entry.target()) : sender.send(entry.notification());
    } catch (RuntimeException e) {
      result = SendResult.failed("the sender for target " + entry.target() + " threw " + e);
    }
    Instant now = clock.instant();
    if (result.sent()) {
      outbox.markSent(entry.id(), now);
      return true;
    }
    int attempt = entry.attempts() + 1;
    outbox.markFailed(entry.id(), attempt, now.plus(backoff.delay(attempt, random)), result.error());
    return false;
  }
}
