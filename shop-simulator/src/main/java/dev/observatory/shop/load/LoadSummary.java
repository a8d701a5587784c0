package dev.observatory.shop.load;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a load run.
 *
 * @param elapsed how long the run took (ticker time)
 * @param tasks tasks started
 * @param droppedArrivals arrivals not started because all concurrency slots were busy (open
 *     model only)
 * @param stopped true if the run ended on {@link LoadGenerator#stop()} rather than by duration
 *     or task limit
 * @param routes one line per route that was called, sorted by route
 * @param overall all routes together (route "all")
 * @param errors failed requests by route and status, sorted
 */
public record LoadSummary(
    Duration elapsed,
    long tasks,
    long droppedArrivals,
    boolean stopped,
    List<RouteSummary> routes,
    RouteSummary overall,
    List<ErrorCount> errors) {

  public LoadSummary {
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(overall, "overall");
    routes = List.copyOf(routes);
    errors = List.copyOf(errors);
  }

  public long requests() {
    return overall.requests();
  }

  public long failedRequests() {
    return overall.errors();
  }

  /** Requests and latency percentiles of one route (or of all). */
  public record RouteSummary(
      String route, long requests, long errors, Duration p50, Duration p95, Duration p99) {

    public RouteSummary {
      Objects.requireNonNull(route, "route");
    }
  }

  /** How often one route answered with one failing status ("500", "timeout", "io-error"). */
  public record ErrorCount(String route, String status, long count) {}
}
