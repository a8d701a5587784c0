package dev.observatory.slo.source;

import dev.observatory.slo.model.Sli;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The engine's Prometheus source: every SLO's minutes read through a Prometheus-compatible HTTP
 * API instead of scraping. Selector SLIs come from their raw samples ({@link PrometheusApiSource},
 * exact like live scraping); raw PromQL SLIs from their queries at a 1m window ({@link PromqlMinutes},
 * with Prometheus' extrapolation).
 *
 * <p>Each SLO has a cursor, the next minute it needs. A minute closes once Prometheus has had
 * {@code settle} to ingest its last samples. A failed query leaves the SLO's cursor where it was:
 * those minutes stay open (no data for the evaluation, never good) and are read again on the next
 * cycle, so an outage of Prometheus or of the engine is caught up — at most {@link #MAX_CATCH_UP_MINUTES}
 * back, {@link #CHUNK_MINUTES} per SLO and cycle. Reading a minute twice gives the same counts and
 * the engine stores minutes keyed by SLO and minute, so nothing is counted twice.
 */
public final class PrometheusSliSource implements SliSource {
  /** Where the engine keeps this source's state. */
  public static final String STATE_KEY = "prometheus";
  /** How far back a restart or an outage is caught up; older minutes stay without data. */
  public static final int MAX_CATCH_UP_MINUTES = 24 * 60;
  /** The most minutes read per SLO in one cycle (one query each), so a long catch-up spreads over cycles. */
  static final int CHUNK_MINUTES = 6 * 60;

  private final Map<SloId, Slo> slos = new LinkedHashMap<>();
  private final Map<SloId, SliSelection.Feed> feeds = new LinkedHashMap<>();
  private final PrometheusApiSource selectors;
  private final PromqlMinutes promql;
  private final URI base;
  private final Clock clock;
  private final Duration settle;
  private final SortedMap<String, Long> next = new TreeMap<>();
  private final DownstreamErrors downstream = new DownstreamErrors();
  private volatile List<String> lastErrors = List.of();
  private final java.util.concurrent.atomic.AtomicLong reads = new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.atomic.AtomicLong failedReads = new java.util.concurrent.atomic.AtomicLong();

  private PrometheusSliSource(Collection<Slo> slos, PrometheusHttp http, Clock clock, Duration settle, Map<String, Long> resume) {
    for (Slo slo : slos) this.slos.put(slo.id(), slo);
    for (SliSelection.Feed feed : SliSelection.of(slos).feeds()) feeds.put(feed.slo(), feed);
    this.selectors = new PrometheusApiSource(http);
    this.promql = new PromqlMinutes(http);
    this.base = http.base();
    this.clock = clock;
    this.settle = settle;
    resume.forEach((key, minute) -> {
      if (this.slos.keySet().stream().anyMatch(id -> id.toString().equals(key))) next.put(key, minute);
    });
  }

  /**
   * A source for {@code slos} at {@code base}; {@code resume} holds the next minute to read per SLO
   * ({@code service/name}), as {@link #state()} saved it or from the last stored minute; an SLO
   * without one starts at the current minute.
   */
  public static PrometheusSliSource of(Collection<Slo> slos, URI base, Clock clock, Duration timeout, Duration settle, Map<String, Long> resume) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    return new PrometheusSliSource(slos, new PrometheusHttp(base, http, timeout), clock, settle, resume);
  }

  @Override
  public String name() {
    return "prometheus";
  }

  @Override
  public void poll() {
    // Nothing to collect between minutes: Prometheus keeps the samples until a minute is read.
  }

  @Override
  public SortedMap<SloId, List<MinuteTally>> closeMinutesBefore(long epochMinute) {
    long settled = Math.floorDiv(clock.instant().minus(settle).getEpochSecond(), 60);
    long to = Math.min(epochMinute, settled);
    SortedMap<SloId, List<MinuteTally>> out = new TreeMap<>();
    List<String> errors = new ArrayList<>();
    for (Slo slo : slos.values()) {
      String key = slo.id().toString();
      long from = Math.max(next.computeIfAbsent(key, k -> to), to - MAX_CATCH_UP_MINUTES);
      if (from >= to) continue;
      long end = Math.min(to, from + CHUNK_MINUTES);
      try {
        reads.incrementAndGet();
        out.put(slo.id(), read(slo, from, end));
        next.put(key, end);
      } catch (IOException | RuntimeException e) {
        // A refused query, an unreachable Prometheus or an answer of an unexpected shape.
        failedReads.incrementAndGet();
        errors.add(slo.id() + ": " + (e instanceof IOException ? e.getMessage() : e.toString()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        errors.add(slo.id() + ": interrupted");
        break;
      }
    }
    lastErrors = List.copyOf(errors);
    return out;
  }

  private List<MinuteTally> read(Slo slo, long from, long to) throws IOException, InterruptedException {
    if (slo.sli() instanceof Sli.Promql query) return promql.minutes(query, from, to);
    return selectors.minutes(feeds.get(slo.id()), from, to);
  }

  @Override
  public List<String> lastErrors() {
    return lastErrors;
  }

  @Override
  public String stateKey() {
    return STATE_KEY;
  }

  /** The next minute to read per SLO ({@code service/name}). */
  @Override
  public SortedMap<String, Long> state() {
    return new TreeMap<>(next);
  }

  @Override
  public Map<String, Double> counters() {
    // One read is an SLO's queries for a range of minutes; a failed one leaves those minutes open.
    return Map.of("observatory_engine_prometheus_queries_total", (double) reads.get(),
        "observatory_engine_prometheus_query_failures_total", (double) failedReads.get());
  }

  @Override
  public DownstreamErrors downstreamErrors() {
    return downstream;
  }

  @Override
  public List<String> skipped() {
    return List.of();
  }

  @Override
  public String toString() {
    return "Prometheus API at " + base;
  }
}
