package dev.observatory.slo.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.spec.SpecLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OutboxDispatcherTest {
  static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(10), 0.5);
  final TestClock clock = new TestClock(Instant.parse("2026-11-03T10:00:00Z"));
  final InMemoryNotificationOutbox outbox = new InMemoryNotificationOutbox();

  static Notification firing() {
    Slo slo = SpecLoader.load(List.of(Path.of("../slo-definitions"))).slos().stream()
        .map(l -> l.slo()).filter(s -> s.id().equals(Statuses.CHECKOUT)).findFirst().orElseThrow();
    AlertEvent fired = new AlertStateMachine(Damping.DEFAULT).observe(Statuses.pageFiring(0), Statuses.at(0)).get(0);
    return Notifications.of(slo, fired, Optional.empty());
  }

  OutboxDispatcher dispatcher(Map<String, NotificationSender> senders) {
    return new OutboxDispatcher(outbox, senders, BACKOFF, new Random(42), clock, 10);
  }

  @Test
  void aWebhookThatFailsTwiceGetsTheNotificationOnTheThirdAttemptWithBackoffAndOnlyOnce() throws Exception {
    try (TestReceiver receiver = new TestReceiver(n -> n <= 2 ? 500 : 204)) {
      OutboxDispatcher dispatcher = dispatcher(Map.of("webhook", new WebhookSender(receiver.url("/hook"), Duration.ofSeconds(5))));
      long id = outbox.enqueue("webhook", firing(), clock.instant());

      assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchCounts(0, 1, 1));
      OutboxEntry first = outbox.unsent().get(0);
      assertThat(first.attempts()).isEqualTo(1);
      assertThat(first.lastError()).hasValueSatisfying(e -> assertThat(e).startsWith("HTTP 500 from " + receiver.url("/hook")).doesNotContain("\n"));
      Duration firstDelay = Duration.between(clock.instant(), first.nextAttemptAt());
      assertThat(firstDelay).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));

      assertThat(dispatcher.dispatchDue()).as("not due yet").isEqualTo(new DispatchCounts(0, 0, 1));
      clock.set(first.nextAttemptAt());
      assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchCounts(0, 1, 1));
      OutboxEntry second = outbox.unsent().get(0);
      assertThat(second.attempts()).isEqualTo(2);
      assertThat(Duration.between(clock.instant(), second.nextAttemptAt())).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(20));

      clock.set(second.nextAttemptAt());
      assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchCounts(1, 0, 0));
      clock.advance(Duration.ofHours(1));
      assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchCounts(0, 0, 0));

      assertThat(outbox.sentAt(id)).contains(second.nextAttemptAt());
      assertThat(receiver.bodies()).hasSize(3).containsOnly(receiver.bodies().get(0));
      assertThat(dispatcher.totals()).isEqualTo(new DispatchCounts(1, 2, 0));
    }
  }

  @Test
  void theWebhookReceivesTheDocumentedJson() throws Exception {
    try (TestReceiver receiver = new TestReceiver(n -> 200)) {
      OutboxDispatcher dispatcher = dispatcher(Map.of("webhook", new WebhookSender(receiver.url("/hook"), Duration.ofSeconds(5))));
      outbox.enqueue("webhook", firing(), clock.instant());
      assertThat(dispatcher.dispatchDue().sent()).isEqualTo(1);

      JsonNode body = new ObjectMapper().readTree(receiver.bodies().get(0));
      assertThat(body.fieldNames()).toIterable().containsExactly("version", "key", "kind", "slo", "severity", "startsAt", "endsAt",
          "trippedPair", "budgetRemaining", "labels", "annotations", "generatorURL");
      assertThat(body.get("kind").asText()).isEqualTo("firing");
      assertThat(body.get("slo").get("name").asText()).isEqualTo("place-order-availability");
      assertThat(body.get("endsAt").isNull()).isTrue();
      assertThat(body.get("trippedPair").get("longBurnRate").asDouble()).isEqualTo(28.8);
      assertThat(body.get("labels").get("alertname").asText()).isEqualTo("CheckoutPlaceOrderErrorBudgetBurn");
      assertThat(body.get("annotations").get("runbook").asText()).isEqualTo("https://runbooks.example.com/checkout/place-order");
    }
  }

  @Test
  void aTargetThatDoesNotAnswerWithinItsTimeoutFailsWithoutHoldingUpTheOthers() {
    try (TestReceiver silent = new TestReceiver(n -> 0); TestReceiver ok = new TestReceiver(n -> 200)) {
      OutboxDispatcher dispatcher = dispatcher(Map.of(
          "slow", new WebhookSender(silent.url("/hook"), Duration.ofMillis(300)),
          "fast", new WebhookSender(ok.url("/hook"), Duration.ofSeconds(5))));
      outbox.enqueue("slow", firing(), clock.instant());
      outbox.enqueue("fast", firing(), clock.instant());

      assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchCounts(1, 1, 1));
      assertThat(outbox.unsent()).singleElement().satisfies(e -> {
        assertThat(e.target()).isEqualTo("slow");
        assertThat(e.lastError()).contains("no answer from " + silent.url("/hook") + " within PT0.3S");
      });
    }
  }

  @Test
  void nothingEscapesAPassNotAnUnknownTargetNorAThrowingSenderNorAFailingOutbox() {
    OutboxDispatcher dispatcher = dispatcher(Map.of("broken", n -> { throw new IllegalStateException("bug"); }));
    outbox.enqueue("nowhere", firing(), clock.instant());
    outbox.enqueue("broken", firing(), clock.instant());
    assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchCounts(0, 2, 2));
    assertThat(outbox.unsent()).extracting(e -> e.lastError().orElseThrow())
        .containsExactly("no sender for target nowhere", "the sender for target broken threw java.lang.IllegalStateException: bug");

    NotificationOutbox down = new NotificationOutbox() {
      @Override public long enqueue(String target, Notification n, Instant at) { throw new IllegalStateException("database down"); }
      @Override public List<OutboxEntry> due(Instant now, int limit) { throw new IllegalStateException("database down"); }
      @Override public void markSent(long id, Instant at) { throw new IllegalStateException("database down"); }
      @Override public void markFailed(long id, int attempt, Instant next, String error) { throw new IllegalStateException("database down"); }
      @Override public long pending() { throw new IllegalStateException("database down"); }
    };
    OutboxDispatcher blind = new OutboxDispatcher(down, Map.of(), BACKOFF, new Random(1), clock, 10);
    assertThat(blind.dispatchDue()).isEqualTo(new DispatchCounts(0, 0, 0));
    assertThat(blind.lastOutboxError()).contains("outbox: java.lang.IllegalStateException: database down");
  }

  @Test
  void backoffDoublesUpToItsMaximumAndJitterOnlyShortensIt() {
    Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(60), 0.2);
    Random random = new Random(7);
    long[] upper = {5, 10, 20, 40, 60, 60, 60};
    for (int attempt = 1; attempt <= upper.length; attempt++) {
      Duration max = Duration.ofSeconds(upper[attempt - 1]);
      assertThat(backoff.delay(attempt, random)).as("attempt " + attempt).isBetween(max.multipliedBy(8).dividedBy(10), max);
    }
    assertThat(backoff.delay(1000, random)).isLessThanOrEqualTo(Duration.ofSeconds(60));
  }
}
