package dev.observatory.slo.source;

import dev.observatory.slo.model.Spanmetrics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Errors of every service's outgoing calls (spanmetrics CLIENT spans with status ERROR) per minute
 * and span name, for error attribution: which downstream calls fail in the minutes an SLO burns.
 * Kept in memory for {@link #RETENTION_MINUTES}; a counter's first value is a baseline and a
 * reset counts its new value, as for SLIs.
 */
public final class DownstreamErrors {
  static final int RETENTION_MINUTES = 24 * 60;
  /** (service, span name) of a downstream call. */
  public record Call(String service, String spanName) implements Comparable<Call> {
    @Override
    public int compareTo(Call o) {
      int c = service.compareTo(o.service);
      return c != 0 ? c : spanName.compareTo(o.spanName);
    }
  }

  private final Map<String, Double> last = new HashMap<>();
  private final TreeMap<Long, Map<Call, Double>> minutes = new TreeMap<>();

  synchronized void scraped(String target, long epochMillis, List<Sample> samples) {
    long minute = Math.floorDiv(epochMillis, 60_000L);
    for (Sample s : samples) {
      if (!s.name().equals(Spanmetrics.CALLS)) continue;
      if (!"SPAN_KIND_CLIENT".equals(s.labels().get(Spanmetrics.SPAN_KIND)) || !Spanmetrics.STATUS_ERROR.equals(s.labels().get(Spanmetrics.STATUS_CODE))) continue;
      String service = s.labels().get(Spanmetrics.SERVICE);
      String span = s.labels().get(Spanmetrics.SPAN_NAME);
      if (service == null || span == null || !(s.value() >= 0)) continue;
      String key = target + "|" + service + "|" + span;
      Double before = last.put(key, s.value());
      if (before == null) continue;
      double delta = s.value() >= before ? s.value() - before : s.value();
      if (delta > 0) minutes.computeIfAbsent(minute, m -> new HashMap<>()).merge(new Call(service, span), delta, Double::sum);
    }
    while (!minutes.isEmpty() && minutes.firstKey() < minute - RETENTION_MINUTES) minutes.pollFirstEntry();
  }

  /** Every call's errors in minutes {@code [from, to)} that had any, by minute (a copy). */
  public synchronized SortedMap<Long, Map<Call, Double>> minutes(long from, long to) {
    SortedMap<Long, Map<Call, Double>> out = new TreeMap<>();
    if (from >= to) return out;
    minutes.subMap(from, to).forEach((m, calls) -> out.put(m, new TreeMap<>(calls)));
    return out;
  }

  /** Per downstream call of {@code service}: its errors in each of {@code badMinutes} that had any. */
  public synchronized SortedMap<Call, Map<Long, Double>> during(String service, List<Long> badMinutes) {
    SortedMap<Call, Map<Long, Double>> out = new TreeMap<>();
    for (long m : badMinutes) {
      Map<Call, Double> calls = minutes.get(m);
      if (calls == null) continue;
      calls.forEach((call, errors) -> {
        if (call.service().equals(service)) out.computeIfAbsent(call, c -> new TreeMap<>()).put(m, errors);
      });
    }
    return out;
  }
}
