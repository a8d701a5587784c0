package dev.observatory.shop.load;

import java.time.Duration;
import java.util.Locale;

/**
 * The lines printed while the run goes on: a progress bar (for terminals) and a RED line per
 * interval: rate, errors and latency of that interval alone.
 */
final class Reporter {

  private static final int BAR_WIDTH = 30;

  private final Stats stats;
  private final Output output;
  private final Duration total;
  private final boolean progress;
  private final long intervalNanos;

  private long nextInterval;
  private long intervalStart;
  private long[] intervalTotals = {0, 0};
  private LatencyHistogram.Snapshot intervalLatency = LatencyHistogram.Snapshot.EMPTY;
  private long lastTickAt;
  private long lastTickRequests;

  Reporter(Stats stats, Output output, Duration total, boolean progress, Duration interval) {
    this.stats = stats;
    this.output = output;
    this.total = total;
    this.progress = progress;
    this.intervalNanos = interval.toNanos();
    this.nextInterval = intervalNanos;
  }

  /** Called about once a second with the time since the start of the run. */
  void tick(long elapsed) {
    long[] totals = stats.totals();
    if (elapsed >= nextInterval) {
      LatencyHistogram.Snapshot latency = stats.latencyOverall();
      output.line(
          redLine(
              elapsed,
              elapsed - intervalStart,
              totals[0] - intervalTotals[0],
              totals[1] - intervalTotals[1],
              latency.minus(intervalLatency)));
      intervalStart = elapsed;
      intervalTotals = totals;
      intervalLatency = latency;
      nextInterval = (elapsed / intervalNanos + 1) * intervalNanos;
    }
    if (progress) {
      double seconds = (elapsed - lastTickAt) / 1e9;
      double rate = seconds > 0 ? (totals[0] - lastTickRequests) / seconds : 0;
      output.progress(progressLine(elapsed, total.toNanos(), rate));
    }
    lastTickAt = elapsed;
    lastTickRequests = totals[0];
  }

  long nextIntervalNanos() {
    return nextInterval;
  }

  /** {@code [1m10s] 41.3 req/s, errors 2.40%, p50 12.1 ms, p95 40.0 ms, p99 88.2 ms}. */
  static String redLine(
      long elapsed, long span, long requests, long errors, LatencyHistogram.Snapshot latency) {
    double seconds = Math.max(span, 1) / 1e9;
    return String.format(
        Locale.ROOT,
        "[%s] %.1f req/s, errors %s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms",
        Elapsed.format(Duration.ofNanos(elapsed)),
        requests / seconds,
        SummaryWriter.percent(errors, requests),
        latency.quantileMicros(0.50) / 1000,
        latency.quantileMicros(0.95) / 1000,
        latency.quantileMicros(0.99) / 1000);
  }

  /** {@code [#########.....................] 1m00s / 5m00s  41.3 req/s}. */
  static String progressLine(long elapsed, long total, double rate) {
    int filled = (int) Math.min(BAR_WIDTH, BAR_WIDTH * Math.max(0, elapsed) / Math.max(1, total));
    return String.format(
        Locale.ROOT,
        "[%s%s] %s / %s  %.1f req/s",
        "#".repeat(filled),
        ".".repeat(BAR_WIDTH - filled),
        Elapsed.format(Duration.ofNanos(Math.min(elapsed, total))),
        Elapsed.format(Duration.ofNanos(total)),
        rate);
  }
}
