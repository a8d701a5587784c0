package dev.observatory.shop.load;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the run has measured so far: latency and outcome per route, and dropped arrivals.
 * Recording is thread-safe and never throws; reading takes snapshots.
 */
final class Stats {

  private final Map<Route, LatencyHistogram> latency = new EnumMap<>(Route.class);
  /** route → status ("200", "503", "timeout", "io-error") → count; few statuses per route. */
  private final Map<Route, ConcurrentMap<String, LongAdder>> outcomes = new EnumMap<>(Route.class);

  private final LongAdder dropped = new LongAdder();
  private final LongAdder tasks = new LongAdder();

  Stats() {
    for (Route route : Route.values()) {
      latency.put(route, new LatencyHistogram());
      outcomes.put(route, new ConcurrentHashMap<>());
    }
  }

  void record(Route route, String status, long nanos) {
    latency.get(route).recordMicros(nanos / 1_000);
    outcomes.get(route).computeIfAbsent(status, s -> new LongAdder()).increment();
  }

  void taskStarted() {
    tasks.increment();
  }

  void arrivalDropped() {
    dropped.increment();
  }

  long tasksStarted() {
    return tasks.sum();
  }

  long droppedArrivals() {
    return dropped.sum();
  }

  LatencyHistogram.Snapshot latency(Route route) {
    return latency.get(route).snapshot();
  }

  LatencyHistogram.Snapshot latencyOverall() {
    LatencyHistogram.Snapshot all = LatencyHistogram.Snapshot.EMPTY;
    for (LatencyHistogram histogram : latency.values()) {
      all = all.plus(histogram.snapshot());
    }
    return all;
  }

  /** Status → count for one route. */
  Map<String, Long> outcomes(Route route) {
    Map<String, Long> copy = new java.util.TreeMap<>();
    outcomes.get(route).forEach((status, n) -> copy.put(status, n.sum()));
    return copy;
  }

  /** Total requests and errors over all routes: {requests, errors}. */
  long[] totals() {
    long requests = 0;
    long errors = 0;
    for (Route route : Route.values()) {
      for (Map.Entry<String, Long> e : outcomes(route).entrySet()) {
        requests += e.getValue();
        if (isError(e.getKey())) {
          errors += e.getValue();
        }
      }
    }
    return new long[] {requests, errors};
  }

  /** Anything but a 1xx–3xx HTTP status is an error, including timeouts and I/O failures. */
  static boolean isError(String status) {
    return !(status.length() == 3 && status.charAt(0) >= '1' && status.charAt(0) <= '3');
  }
}
