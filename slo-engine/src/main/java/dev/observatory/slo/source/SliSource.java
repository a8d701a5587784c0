package dev.observatory.slo.source;

import dev.observatory.slo.model.SloId;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Where the engine's per-minute SLI counts come from: its own scrapes of /metrics endpoints
 * ({@link SliScraper}) or a Prometheus-compatible HTTP API ({@link PrometheusSliSource}). One
 * engine loop drives a source; implementations are not thread-safe unless they say so.
 */
public interface SliSource {
  /** The source's name in the health checks ("scrape", "prometheus"). */
  String name();

  /** Reads what is new (a scrape); failures are kept for {@link #lastErrors()}, never thrown. */
  void poll();

  /**
   * The minutes before {@code epochMinute} not returned before, per SLO; a minute without data is
   * never returned as good. Never throws: a failed read is counted and kept for {@link #lastErrors()}.
   */
  SortedMap<SloId, List<MinuteTally>> closeMinutesBefore(long epochMinute);

  /** One line per failure of the last poll or close; empty when everything answered. */
  List<String> lastErrors();

  /** The name under which {@link #state()} is saved with the minutes it produced. */
  String stateKey();

  /** What to persist (as JSON, in the transaction of the minutes) to resume without losing or doubling events. */
  Object state();

  /** The source's own counters for the engine's /metrics, by series name. */
  Map<String, Double> counters();

  /** Errors of the services' downstream calls per minute, for error attribution (empty when the source cannot see them). */
  DownstreamErrors downstreamErrors();

  /** The SLOs this source cannot count, each with the reason. */
  List<String> skipped();
}
