package dev.observatory.slo.simulate;

import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.Spanmetrics;
import dev.observatory.slo.source.HistoryCollector;
import dev.observatory.slo.source.HistoryFile;
import dev.observatory.slo.source.HistorySink;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The spanmetrics of a scenario over {@code days} days, as the OpenTelemetry Collector's
 * spanmetrics connector would have exposed them, scraped once a minute: deterministic for a given
 * scenario, number of days and seed.
 *
 * <p>Samples sit at exact minute boundaries: the sample at {@code t = k × 60 s} holds the
 * counters after minute {@code k − 1} closed, from {@code k = start} (all counters 0) to
 * {@code k = start + days × 1440}. Families are written whole ({@code calls_total}, then the
 * duration histogram for spans with a latency), a series' samples in time order, a histogram's
 * buckets, count and sum together per timestamp.
 */
public final class SyntheticHistory {
  public static final String JOB = "shop";
  public static final String INSTANCE = "synthetic";
  static final String CALLS_FAMILY = "traces_span_metrics_calls";
  static final String DURATION_FAMILY = "traces_span_metrics_duration_milliseconds";
  private static final String[] STATUSES = {"STATUS_CODE_UNSET", Spanmetrics.STATUS_ERROR};

  /** Told after each series (or histogram) is complete, to show progress on long runs. */
  public interface Progress {
    Progress NONE = (done, total) -> {};

    void done(int done, int total);
  }

  private final Scenario scenario;
  private final int days;
  private final long seed;

  public SyntheticHistory(Scenario scenario, int days, long seed) {
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    if (days < 1) throw new IllegalArgumentException("days must be at least 1, got " + days);
    this.days = days;
    this.seed = seed;
    long end = scenario.startEpochMinute() + days * 1440L;
    for (Incident i : scenario.incidents()) {
      if (i.endEpochMinute() > end) throw new IllegalArgumentException(i.name() + ": ends after the " + days + " days simulated");
    }
  }

  /**
   * Per SLO the minutes of this history, computed the way {@link HistoryFile#read} computes them
   * from the written file (same collector, same warnings, prefixed with {@code origin}), without
   * the text.
   */
  public static HistoryFile.Minutes minutes(Scenario scenario, int days, long seed, Collection<Slo> slos, String origin) {
    return collected(scenario, days, seed, slos).minutes(origin);
  }

  /**
   * Per SLO the counts of every minute of this history, as {@link HistoryFile#counts} gives them
   * for the written file, without the text: what a backtest replays.
   */
  public static HistoryFile.Counts counts(Scenario scenario, int days, long seed, Collection<Slo> slos, String origin) {
    return collected(scenario, days, seed, slos).counts(origin);
  }

  /** The history fed, without text, into the importer a history file goes through. */
  private static HistoryCollector collected(Scenario scenario, int days, long seed, Collection<Slo> slos) {
    HistoryCollector collector = new HistoryCollector(slos);
    new SyntheticHistory(scenario, days, seed).writeTo(collector, Progress.NONE);
    return collector;
  }

  public Scenario scenario() {
    return scenario;
  }

  public int days() {
    return days;
  }

  public long seed() {
    return seed;
  }

  /** The number of series written: two calls series per span, 19 per status of spans with a latency. */
  public int seriesCount() {
    return (int) (2 * scenario.traffic().size() + 2 * (LatencyBuckets.INTERVALS + 2) * latencySpans().size());
  }

  /** Streams the history into a sink. */
  public void writeTo(HistorySink sink, Progress progress) {
    List<Traffic> spans = scenario.traffic();
    List<Traffic> withLatency = latencySpans();
    int units = 2 * spans.size() + 2 * withLatency.size();
    int done = 0;
    sink.family(CALLS_FAMILY, "counter", "Calls per span and status code (spanmetrics connector), synthetic.");
    for (int s = 0; s < spans.size(); s++) {
      for (String status : STATUSES) {
        Traffic t = spans.get(s);
        int series = sink.series(Spanmetrics.CALLS, labels(t, status, null));
        SpanStream stream = stream(t, s, status);
        forEachSample(stream, (millis) -> sink.sample(series, stream.calls, millis));
        progress.done(++done, units);
      }
    }
    if (withLatency.isEmpty()) return;
    sink.family(DURATION_FAMILY, "histogram", "Span durations in milliseconds (spanmetrics connector), synthetic.");
    for (int s = 0; s < spans.size(); s++) {
      Traffic t = spans.get(s);
      if (t.latency().isEmpty()) continue;
      for (String status : STATUSES) {
        int[] buckets = new int[LatencyBuckets.INTERVALS];
        for (int b = 0; b < buckets.length; b++) {
          String le = b == buckets.length - 1 ? "+Inf" : Long.toString(Spanmetrics.BUCKETS_MS.get(b));
          buckets[b] = sink.series(Spanmetrics.DURATION_BUCKET, labels(t, status, le));
        }
        int count = sink.series(Spanmetrics.DURATION_COUNT, labels(t, status, null));
        int sum = sink.series(Spanmetrics.DURATION_SUM, labels(t, status, null));
        SpanStream stream = stream(t, s, status);
        forEachSample(stream, (millis) -> {
          long cumulative = 0;
          for (int b = 0; b < buckets.length; b++) {
            cumulative += stream.intervals[b];
            sink.sample(buckets[b], cumulative, millis);
          }
          sink.sample(count, stream.calls, millis);
          sink.sample(sum, stream.sumMicros / 1000.0, millis);
        });
        progress.done(++done, units);
      }
    }
  }

  private interface SampleAt {
    void at(long millis);
  }

  private void forEachSample(SpanStream stream, SampleAt out) {
    long first = scenario.startEpochMinute();
    long last = first + days * 1440L;
    for (long k = first; k <= last; k++) {
      if (k > first) stream.advance();
      if (stream.sampledAt(k)) out.at(k * 60_000);
    }
  }

  private SpanStream stream(Traffic t, int spanIndex, String status) {
    return new SpanStream(t, status.equals(Spanmetrics.STATUS_ERROR), scenario.incidents(), scenario.startEpochMinute(), seed, spanIndex);
  }

  private List<Traffic> latencySpans() {
    return scenario.traffic().stream().filter(t -> t.latency().isPresent()).toList();
  }

  /** Label pairs sorted by name: instance, job, le, service_name, span_kind, span_name, status_code. */
  private static String[] labels(Traffic t, String status, String le) {
    return le == null
        ? new String[] {"instance", INSTANCE, "job", JOB, Spanmetrics.SERVICE, t.service(), Spanmetrics.SPAN_KIND, t.spanKind(), Spanmetrics.SPAN_NAME, t.spanName(), Spanmetrics.STATUS_CODE, status}
        : new String[] {"instance", INSTANCE, "job", JOB, Spanmetrics.LE, le, Spanmetrics.SERVICE, t.service(), Spanmetrics.SPAN_KIND, t.spanKind(), Spanmetrics.SPAN_NAME, t.spanName(), Spanmetrics.STATUS_CODE, status};
  }
}
