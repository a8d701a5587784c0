package dev.observatory.slo.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.observatory.slo.alerting.Notification;
import dev.observatory.slo.alerting.NotificationOutbox;
import dev.observatory.slo.alerting.OutboxDispatcher;
import dev.observatory.slo.alerting.OutboxEntry;
import dev.observatory.slo.model.Durations;
import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.store.NotificationKind;
import dev.observatory.slo.store.NotificationTarget;
import dev.observatory.slo.store.OutboxDao;
import dev.observatory.slo.store.SloKey;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/**
 * The notification outbox in PostgreSQL: what the engine owes a webhook or Alertmanager survives
 * a restart and is delivered at least once. The notification travels as JSON in the row; an SLO's
 * own route (target {@code route:URL}) keeps its URL in the row's {@code url}.
 */
final class PostgresOutbox implements NotificationOutbox {
  private final Jdbi jdbi;
  private final ObjectMapper json = new ObjectMapper();

  PostgresOutbox(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public long enqueue(String target, Notification n, Instant at) {
    NotificationKind kind = n.kind() == Notification.Kind.FIRING ? NotificationKind.FIRING : NotificationKind.RESOLVED;
    boolean route = target.startsWith(OutboxDispatcher.ROUTE_PREFIX);
    NotificationTarget to = route ? NotificationTarget.ROUTE : NotificationTarget.valueOf(target.toUpperCase(Locale.ROOT));
    String url = route ? target.substring(OutboxDispatcher.ROUTE_PREFIX.length()) : null;
    String payload = write(n);
    return jdbi.inTransaction(handle -> {
      OutboxDao dao = handle.attach(OutboxDao.class);
      if (kind == NotificationKind.RESOLVED) dao.supersedeFirings(SloKey.of(n.slo()), n.severity(), to, url, at);
      return dao.enqueue(SloKey.of(n.slo()), n.severity(), kind, payload, to, url, at);
    });
  }

  @Override
  public List<OutboxEntry> due(Instant now, int limit) {
    List<OutboxEntry> out = new ArrayList<>();
    for (var row : jdbi.onDemand(OutboxDao.class).due(now, limit)) {
      String target = row.target() == NotificationTarget.ROUTE ? OutboxDispatcher.ROUTE_PREFIX + row.url() : row.target().name().toLowerCase(Locale.ROOT);
      out.add(new OutboxEntry(row.id(), target, read(row.payload()), row.attempts(), row.nextAttemptAt(), Optional.ofNullable(row.lastError())));
    }
    return out;
  }

  @Override
  public void markSent(long id, Instant at) {
    jdbi.onDemand(OutboxDao.class).markSent(id, at);
  }

  @Override
  public void markFailed(long id, int attempt, Instant nextAttemptAt, String error) {
    jdbi.onDemand(OutboxDao.class).markFailed(id, error, nextAttemptAt);
  }

  @Override
  public long pending() {
    return jdbi.onDemand(OutboxDao.class).unsent();
  }

  String write(Notification n) {
    ObjectNode o = json.createObjectNode();
    o.put("service", n.slo().service()).put("name", n.slo().name()).put("severity", n.severity().name()).put("kind", n.kind().name())
        .put("startsAt", n.startsAt().toString());
    n.endsAt().ifPresent(e -> o.put("endsAt", e.toString()));
    o.set("labels", json.valueToTree(n.labels()));
    o.set("annotations", json.valueToTree(n.annotations()));
    ObjectNode pair = o.putObject("pair").put("longWindow", Durations.format(n.pair().longWindow())).put("shortWindow", Durations.format(n.pair().shortWindow()))
        .put("factor", n.pair().factor());
    n.pair().longBurnRate().ifPresent(v -> pair.put("longBurnRate", v));
    n.pair().shortBurnRate().ifPresent(v -> pair.put("shortBurnRate", v));
    n.budgetRemaining().ifPresent(v -> o.put("budgetRemaining", v));
    n.generatorUrl().ifPresent(u -> o.put("generatorUrl", u));
    return o.toString();
  }

  Notification read(String text) {
    try {
      JsonNode o = json.readTree(text);
      JsonNode p = o.get("pair");
      var pair = new Notification.TrippedPair(Durations.parse(p.get("longWindow").asText()), Durations.parse(p.get("shortWindow").asText()), p.get("factor").asDouble(),
          optional(p.get("longBurnRate")), optional(p.get("shortBurnRate")));
      return new Notification(new SloId(o.get("service").asText(), o.get("name").asText()), Severity.valueOf(o.get("severity").asText()),
          Notification.Kind.valueOf(o.get("kind").asText()), Instant.parse(o.get("startsAt").asText()),
          o.hasNonNull("endsAt") ? Optional.of(Instant.parse(o.get("endsAt").asText())) : Optional.empty(),
          json.convertValue(o.get("labels"), TreeMap.class), json.convertValue(o.get("annotations"), TreeMap.class), pair,
          optional(o.get("budgetRemaining")), o.hasNonNull("generatorUrl") ? Optional.of(o.get("generatorUrl").asText()) : Optional.empty());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static OptionalDouble optional(JsonNode v) {
    return v == null || v.isNull() ? OptionalDouble.empty() : OptionalDouble.of(v.asDouble());
  }
}
