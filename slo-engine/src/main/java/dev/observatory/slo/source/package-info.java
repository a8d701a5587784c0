/**
 * Metric sources: from Prometheus text exposition (0.0.4) and OpenMetrics 1.0 to per-minute good
 * and total counts of each selector-based SLO.
 *
 * <p>The pipeline: {@link dev.observatory.slo.source.ExpositionParser} reads pages and history
 * files into {@link dev.observatory.slo.source.Sample}s; {@link dev.observatory.slo.source.SliSelection}
 * decides which samples feed which SLO's total and good/bad counts;
 * {@link dev.observatory.slo.source.ScrapeSource} fetches {@code /metrics} pages and feeds
 * {@link dev.observatory.slo.source.SliAccumulator}, which turns cumulative counters into closed
 * minutes; {@link dev.observatory.slo.source.HistoryImport} turns a whole OpenMetrics history into
 * the same minutes with {@link dev.observatory.slo.math.CounterIncreases}.
 *
 * <p>The engine reads through one {@link dev.observatory.slo.source.SliSource}: its own scrapes
 * ({@link dev.observatory.slo.source.SliScraper}) or a Prometheus-compatible API
 * ({@link dev.observatory.slo.source.PrometheusSliSource}: selector SLIs from raw samples, exact;
 * raw PromQL SLIs from their 1m query at each minute's end, with Prometheus' extrapolation).
 *
 * <p>No data is not good data: a minute without a successful scrape is "no data", never 0. Live
 * scrapes never throw on bad input: a malformed page is one failed scrape with a message that
 * names its line; history files fail with the line number.
 */
package dev.observatory.slo.source;
