package dev.observatory.slo.simulate;

import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The counters of one span and status code, minute by minute: calls, calls per latency interval
 * and the latency sum. Its random draws come from its own generator, seeded from the history's
 * seed, the span's index and the status, so each pass over the span regenerates the same minutes
 * without keeping them.
 *
 * <p>Minute {@code m}'s calls are added by {@link #advance()}; the sample at {@code (m + 1) × 60 s}
 * shows them. Incidents act on the minutes they cover: outages, errors and slow burns set the error
 * ratio, latency incidents slow calls, a counter reset restarts the counters from 0 at its first
 * minute, and a gap drops the samples at its minutes while the counters go on.
 */
final class SpanStream {
  private final Traffic traffic;
  private final boolean errors;
  private final List<Incident> incidents;
  private final LatencyBuckets[] buckets; // per incident (slowed when it is a latency incident), last: normal
  private final SplittableRandom random;
  private long nextMinute;
  private int current;
  private double expected;
  private long rounded;

  /** Cumulative since the last reset: calls per latency interval, and the latency sum. */
  final long[] intervals = new long[LatencyBuckets.INTERVALS];
  long calls;
  long sumMicros;

  SpanStream(Traffic traffic, boolean errors, List<Incident> incidents, long startEpochMinute, long seed, int spanIndex) {
    this.traffic = traffic;
    this.errors = errors;
    this.incidents = incidents.stream().filter(i -> i.covers(traffic.service(), traffic.spanName()))
        .sorted(Comparator.comparingLong(Incident::startEpochMinute)).toList();
    this.buckets = new LatencyBuckets[this.incidents.size() + 1];
    if (traffic.latency().isPresent()) {
      LatencyBuckets normal = new LatencyBuckets(traffic.latency().get(), 1);
      for (int i = 0; i < this.incidents.size(); i++) {
        Incident incident = this.incidents.get(i);
        buckets[i] = incident.kind() == IncidentKind.LATENCY ? new LatencyBuckets(traffic.latency().get(), incident.latencyFactor()) : normal;
      }
      buckets[this.incidents.size()] = normal;
    }
    this.random = new SplittableRandom(mix(seed, spanIndex * 2L + (errors ? 1 : 0)));
    this.nextMinute = startEpochMinute;
  }

  /** Draws the next minute's calls into the counters. */
  void advance() {
    long minute = nextMinute++;
    while (current < incidents.size() && incidents.get(current).endEpochMinute() <= minute) current++;
    Incident active = current < incidents.size() && incidents.get(current).startEpochMinute() <= minute ? incidents.get(current) : null;
    if (active != null && active.kind() == IncidentKind.COUNTER_RESET && minute == active.startEpochMinute()) {
      java.util.Arrays.fill(intervals, 0);
      calls = 0;
      sumMicros = 0;
    }
    boolean failing = active != null && (active.kind() == IncidentKind.OUTAGE || active.kind() == IncidentKind.ERRORS || active.kind() == IncidentKind.SLOW_BURN);
    double ratio = failing ? active.errorRatio() : traffic.errorRatio();
    double mean = traffic.rateAt((int) Math.floorMod(minute, 1440L)) * (errors ? ratio : 1 - ratio);
    LatencyBuckets latency = buckets[active == null ? incidents.size() : current];
    if (traffic.noise() == Noise.NONE) {
      expected += mean;
      long total = Math.round(expected);
      add(total - rounded, latency);
      rounded = total;
    } else if (latency == null) {
      calls += Poisson.draw(random, mean);
    } else {
      for (int i = 0; i < LatencyBuckets.INTERVALS; i++) {
        long n = Poisson.draw(random, mean * latency.probability[i]);
        intervals[i] += n;
        calls += n;
        sumMicros += n * latency.meanMicros[i];
      }
    }
  }

  /** Whether the sample at the start of this epoch minute is written (not in a gap). */
  boolean sampledAt(long epochMinute) {
    for (Incident i : incidents) {
      if (i.kind() == IncidentKind.GAP && i.startEpochMinute() <= epochMinute && epochMinute < i.endEpochMinute()) return false;
    }
    return true;
  }

  /** The cumulative count of calls at most as slow as finite bound {@code bound} (an index into the bounds). */
  long bucket(int bound) {
    long sum = 0;
    for (int i = 0; i <= bound; i++) sum += intervals[i];
    return sum;
  }

  private void add(long n, LatencyBuckets latency) {
    calls += n;
    if (latency == null) return;
    long below = 0;
    for (int i = 0; i < LatencyBuckets.INTERVALS; i++) {
      long atMost = i == LatencyBuckets.INTERVALS - 1 ? n : Math.round(n * latency.cdf[i]);
      intervals[i] += atMost - below;
      sumMicros += (atMost - below) * latency.meanMicros[i];
      below = atMost;
    }
  }

  /** A well-mixed seed per stream (murmur3's finalizer), so neighbouring streams are unrelated. */
  static long mix(long seed, long stream) {
    long z = seed + 0x9E3779B97F4A7C15L * (stream + 1);
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
