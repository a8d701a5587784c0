package dev.observatory.shop.load;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/** Writes the final summary as an aligned text table; pure formatting, no I/O of its own. */
final class SummaryWriter {

  private SummaryWriter() {}

  static void write(LoadSummary summary, PrintWriter out) {
    LoadSummary.RouteSummary all = summary.overall();
    double seconds = Math.max(summary.elapsed().toMillis(), 1) / 1000.0;
    out.printf(
        Locale.ROOT,
        "Summary: %d requests in %s (%.1f req/s), %d errors (%s), %d tasks%s%s%n",
        all.requests(),
        Elapsed.format(summary.elapsed()),
        all.requests() / seconds,
        all.errors(),
        percent(all.errors(), all.requests()),
        summary.tasks(),
        summary.droppedArrivals() > 0
            ? ", " + summary.droppedArrivals() + " arrivals dropped (all slots busy)"
            : "",
        summary.stopped() ? ", stopped on request" : "");
    String header = "%-24s %9s %7s %9s %9s %9s%n";
    out.printf(Locale.ROOT, header, "route", "requests", "errors", "p50 ms", "p95 ms", "p99 ms");
    for (LoadSummary.RouteSummary route : summary.routes()) {
      row(route, out);
    }
    row(all, out);
    if (!summary.errors().isEmpty()) {
      out.println("Errors by route and status:");
      for (LoadSummary.ErrorCount e : summary.errors()) {
        out.printf(Locale.ROOT, "  %-24s %-8s %7d%n", e.route(), e.status(), e.count());
      }
    }
    out.flush();
  }

  private static void row(LoadSummary.RouteSummary r, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%-24s %9d %7d %9s %9s %9s%n",
        r.route(),
        r.requests(),
        r.errors(),
        millis(r.p50()),
        millis(r.p95()),
        millis(r.p99()));
  }

  static String millis(Duration d) {
    return String.format(Locale.ROOT, "%.1f", d.toNanos() / 1e6);
  }

  static String percent(long part, long whole) {
    return String.format(Locale.ROOT, "%.2f%%", whole == 0 ? 0.0 : 100.0 * part / whole);
  }
}
