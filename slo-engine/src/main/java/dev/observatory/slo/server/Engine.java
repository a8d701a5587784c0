package dev.observatory.slo.server;

import dev.observatory.slo.alerting.AlertEvent;
import dev.observatory.slo.alerting.AlertStateMachine;
import dev.observatory.slo.alerting.Damping;
import dev.observatory.slo.alerting.Notifications;
import dev.observatory.slo.alerting.NotificationOutbox;
import dev.observatory.slo.alerting.OutboxDispatcher;
import dev.observatory.slo.math.MinuteSeries;
import dev.observatory.slo.math.SloEvaluator;
import dev.observatory.slo.math.SloPlan;
import dev.observatory.slo.math.SloStatus;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.source.MinuteTally;
import dev.observatory.slo.source.SliSource;
import dev.observatory.slo.store.DownstreamErrorDao;
import dev.observatory.slo.store.DownstreamErrorRow;
import dev.observatory.slo.store.EngineStateDao;
import dev.observatory.slo.store.EpisodeDao;
import dev.observatory.slo.store.MinuteDao;
import dev.observatory.slo.store.MinuteRow;
import dev.observatory.slo.store.SloKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One engine cycle: scrape the targets, close the finished minutes into each SLO's series (and
 * PostgreSQL), evaluate every SLO with the pure math, turn alert transitions into episodes and
 * notifications, and deliver what is due. Called by one thread; readers get immutable snapshots.
 */
final class Engine {
  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
  static final String WEBHOOK = "webhook";
  static final String ALERTMANAGER = "alertmanager";
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  private final Map<SloId, Slo> slos = new LinkedHashMap<>();
  private final Map<SloId, SloPlan> plans = new LinkedHashMap<>();
  private final Map<SloId, MinuteSeries> series = new LinkedHashMap<>();
  private final Map<SloId, SloStatus> statuses = new ConcurrentHashMap<>();
  private final Map<SloId, List<MinuteTally>> pending = new TreeMap<>();
  private final Map<String, Instant> lastResent = new java.util.HashMap<>();
  private static final java.time.Duration RESEND_DELAY = java.time.Duration.ofMinutes(1);
  private final SliSource source;
  private final Jdbi jdbi;
  private final Clock clock;
  private final NotificationOutbox outbox;
  private final OutboxDispatcher dispatcher;
  private final List<String> targets;
  private final AlertStateMachine alerts;
  private final AtomicLong cycles = new AtomicLong();
  private final AtomicLong cycleErrors = new AtomicLong();
  private final AtomicLong storeFailures = new AtomicLong();
  private volatile List<String> lastSourceErrors = List.of();
  private volatile long lastCycleNanos;
  /** The first minute of downstream errors not yet in PostgreSQL (the source keeps a day of them in memory). */
  private long downstreamFrom = Long.MIN_VALUE;

  Engine(List<Slo> definitions, SliSource source, Jdbi jdbi, Clock clock, NotificationOutbox outbox, OutboxDispatcher dispatcher, List<String> targets, Damping damping) {
    this.source = source;
    this.jdbi = jdbi;
    this.clock = clock;
    this.outbox = outbox;
    this.dispatcher = dispatcher;
    this.targets = List.copyOf(targets);
    long now = minute(clock.instant());
    for (Slo slo : definitions) {
      SloPlan plan = SloEvaluator.compile(slo);
      slos.put(slo.id(), slo);
      plans.put(slo.id(), plan);
      series.put(slo.id(), load(plan, slo, now));
    }
    for (String skipped : source.skipped()) LOG.warn("{} (slo engine --prometheus URL reads raw PromQL)", skipped);
    recordDefinitions(definitions, jdbi, clock.instant());
    List<dev.observatory.slo.alerting.AlertEpisode> open = new ArrayList<>();
    for (var e : jdbi.onDemand(EpisodeDao.class).openEpisodes()) {
      if (slos.containsKey(e.sloKey().sloId())) open.add(new dev.observatory.slo.alerting.AlertEpisode(e.sloKey().sloId(), e.severity(), e.startedAt(), e.startedAt()));
    }
    this.alerts = AlertStateMachine.restore(damping, open);
    evaluate(now);
  }

  /** Keeps each SLO's definition (as native YAML) and a new version whenever it changes. */
  private static void recordDefinitions(List<Slo> definitions, Jdbi jdbi, Instant now) {
    var dao = jdbi.onDemand(dev.observatory.slo.store.DefinitionDao.class);
    for (Slo slo : definitions) {
      String spec = dev.observatory.slo.spec.SpecConverter.convert(List.of(slo), dev.observatory.slo.spec.SpecFormat.NATIVE).text();
      dao.record(SloKey.of(slo.id()), spec, now).ifPresent(v -> LOG.info("{}: definition version {}", slo.id(), v));
    }
  }

  /** The series of an SLO, from the minutes PostgreSQL holds for its history. */
  private MinuteSeries load(SloPlan plan, Slo slo, long now) {
    long from = now - plan.historyMinutes() - 1;
    MinuteSeries s = plan.newSeries(from);
    for (MinuteRow row : jdbi.onDemand(MinuteDao.class).range(SloKey.of(slo.id()), from, now)) {
      if (row.minute() >= s.endEpochMinute()) s.append(row.minute(), row.good(), row.total());
    }
    return s;
  }

  /** One cycle; never throws (a failed cycle is logged and counted, the next one tries again). */
  synchronized void cycle() {
    long started = System.nanoTime();
    try {
      source.poll();
      Instant now = clock.instant();
      long nowMinute = minute(now);
      SortedMap<SloId, List<MinuteTally>> closed = source.closeMinutesBefore(nowMinute);
      lastSourceErrors = source.lastErrors();
      try {
        store(closed, nowMinute);
      } catch (RuntimeException e) {
        storeFailures.incrementAndGet();
        LOG.warn("could not store {} SLOs' closed minutes, keeping them for the next cycle: {}", pending.size(), e.toString());
      }
      evaluate(nowMinute);
      alert(now);
      dispatcher.dispatchDue();
      cycles.incrementAndGet();
    } catch (RuntimeException e) {
      cycleErrors.incrementAndGet();
      LOG.warn("engine cycle failed, the next one retries: {}", e.toString());
    } finally {
      lastCycleNanos = System.nanoTime() - started;
    }
  }

  /**
   * Closed minutes wait here until PostgreSQL has them: a failed write (the database restarting)
   * keeps them for the next cycle, so no minute is lost, and the upsert makes a retry harmless.
   */
  private void store(SortedMap<SloId, List<MinuteTally>> closed, long nowMinute) {
    closed.forEach((id, tallies) -> pending.computeIfAbsent(id, k -> new ArrayList<>()).addAll(tallies));
    List<MinuteRow> rows = new ArrayList<>();
    for (Map.Entry<SloId, List<MinuteTally>> e : pending.entrySet()) {
      for (MinuteTally t : e.getValue()) if (t.hasData()) rows.add(new MinuteRow(SloKey.of(e.getKey()), t.epochMinute(), t.good(), t.total()));
    }
    List<DownstreamErrorRow> downstream = new ArrayList<>();
    source.downstreamErrors().minutes(downstreamFrom, nowMinute).forEach((minute, calls) -> calls.forEach((call, errors) ->
        downstream.add(new DownstreamErrorRow(call.service(), call.spanName(), minute, errors))));
    String state = sourceState();
    jdbi.useTransaction(h -> {
      if (!rows.isEmpty()) h.attach(MinuteDao.class).upsert(rows);
      h.attach(DownstreamErrorDao.class).upsert(downstream);
      h.attach(EngineStateDao.class).save(source.stateKey(), state);
    });
    // Stored: now the series may show them (a restart reloads exactly these from PostgreSQL).
    for (Map.Entry<SloId, List<MinuteTally>> e : pending.entrySet()) {
      MinuteSeries s = series.get(e.getKey());
      if (s == null) continue;
      for (MinuteTally t : e.getValue()) if (t.epochMinute() >= s.endEpochMinute()) t.appendTo(s);
    }
    pending.clear();
    downstreamFrom = Math.max(downstreamFrom, nowMinute);
  }

  private void evaluate(long nowMinute) {
    for (Map.Entry<SloId, SloPlan> e : plans.entrySet()) statuses.put(e.getKey(), e.getValue().evaluate(series.get(e.getKey()), nowMinute));
  }

  private void alert(Instant now) {
    EpisodeDao episodes = jdbi.onDemand(EpisodeDao.class);
    for (SloStatus status : statuses.values()) {
      Slo slo = slos.get(status.id());
      for (AlertEvent event : alerts.observe(status, now)) {
        double budgetSpent = status.period().budgetConsumed().orElse(0);
        double burn = event.pair().longBurnRate().orElse(0);
        if (event.kind() == AlertEvent.Kind.FIRED) {
          episodes.open(SloKey.of(slo.id()), event.severity(), event.startsAt(), burn, budgetSpent);
          LOG.warn("{} {} alert fired: burn rate {} over {}", slo.id(), event.severity().label(), Math.round(burn * 10) / 10.0, dev.observatory.slo.model.Durations.format(event.pair().alert().longWindow()));
        } else {
          episodes.resolve(SloKey.of(slo.id()), event.severity(), event.endsAt().orElse(now), budgetSpent);
          LOG.warn("{} {} alert resolved", slo.id(), event.severity().label());
        }
        var notification = Notifications.of(slo, event, Optional.empty());
        for (String target : targets) outbox.enqueue(target, notification, now);
        // The SLO's own route for this severity, besides the engine's global targets.
        String route = slo.alerting().route(event.severity()).webhook();
        if (route != null) outbox.enqueue(dev.observatory.slo.alerting.OutboxDispatcher.ROUTE_PREFIX + route, notification, now);
      }
    }
    // Alertmanager forgets a firing alert that is not sent again (resolve_timeout): re-send it, at
    // most once a minute as Prometheus does (--rules.alert.resend-delay), not on every cycle.
    if (targets.contains(ALERTMANAGER)) {
      for (var episode : alerts.openEpisodes()) {
        SloStatus status = statuses.get(episode.slo());
        String key = episode.slo() + ":" + episode.severity();
        Instant last = lastResent.get(key);
        if (status == null || (last != null && last.plus(RESEND_DELAY).isAfter(now))) continue;
        outbox.enqueue(ALERTMANAGER, Notifications.refresh(slos.get(episode.slo()), episode, status, Optional.empty()), now);
        lastResent.put(key, now);
      }
    }
  }

  private String sourceState() {
    try {
      return JSON.writeValueAsString(source.state());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the " + source.name() + " source's state", e);
    }
  }

  /** A source's state as the last successful store left it, to resume without losing or doubling events. */
  static <T> Optional<T> savedState(Jdbi jdbi, String key, com.fasterxml.jackson.core.type.TypeReference<T> type) {
    return jdbi.onDemand(EngineStateDao.class).load(key).map(text -> {
      try {
        return JSON.readValue(text, type);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        LOG.warn("the saved {} state cannot be read, starting afresh: {}", key, e.getOriginalMessage());
        return null;
      }
    });
  }

  static long minute(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), 60);
  }

  List<Slo> slos() {
    return List.copyOf(slos.values());
  }

  Optional<Slo> slo(SloId id) {
    return Optional.ofNullable(slos.get(id));
  }

  SloStatus status(SloId id) {
    return statuses.get(id);
  }

  SloPlan plan(SloId id) {
    return plans.get(id);
  }

  MinuteSeries series(SloId id) {
    return series.get(id);
  }

  AlertStateMachine.Phase phase(SloId id, dev.observatory.slo.model.Severity severity) {
    return alerts.phase(id, severity);
  }

  /**
   * Which downstream calls of a spanmetrics SLO's service failed in the SLO's bad minutes of the
   * last day, from PostgreSQL (so a restart keeps it), most errors first.
   */
  List<dev.observatory.slo.server.api.AttributionJson> attribution(SloId id) {
    SloStatus status = statuses.get(id);
    if (status == null) return List.of();
    long end = status.evaluatedAtEpochMinute();
    return Attribution.of(jdbi, slos.get(id), end - 24 * 60, end);
  }

  /** One line per failure of the source's last read; empty when it answered. */
  List<String> lastSourceErrors() {
    return lastSourceErrors;
  }

  /** The source's name in the health checks. */
  String sourceName() {
    return source.name();
  }

  /** The engine's own counters for /metrics. */
  Map<String, Double> counters() {
    Map<String, Double> out = new TreeMap<>();
    out.put("observatory_engine_cycles_total", (double) cycles.get());
    out.put("observatory_engine_cycle_failures_total", (double) cycleErrors.get());
    out.put("observatory_engine_store_failures_total", (double) storeFailures.get());
    out.putAll(source.counters());
    out.put("observatory_engine_last_cycle_seconds", lastCycleNanos / 1e9);
    var totals = dispatcher.totals();
    out.put("observatory_engine_notifications_sent_total", (double) totals.sent());
    out.put("observatory_engine_notification_failures_total", (double) totals.failed());
    out.put("observatory_engine_notifications_pending", (double) outbox.pending());
    return out;
  }
}
