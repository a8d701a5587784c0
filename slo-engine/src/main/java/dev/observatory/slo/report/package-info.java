/**
 * Error-budget reports and the engine's status page: pure computation and rendering.
 *
 * <p>No I/O, no clock, no logging: the period, the series, the alert episodes and any "generated
 * at" time come in as arguments, and every renderer returns a string that depends on nothing else
 * (the same input gives the same bytes).
 *
 * <p>Entry points: {@link dev.observatory.slo.report.BudgetReport#compute} (the numbers), then
 * {@link dev.observatory.slo.report.MarkdownReport}, {@link dev.observatory.slo.report.HtmlReport},
 * {@link dev.observatory.slo.report.CsvReport} and {@link dev.observatory.slo.report.JsonReport}
 * (the formats); {@link dev.observatory.slo.report.StatusPage} renders the live page from
 * {@link dev.observatory.slo.report.StatusView}s.
 *
 * <p>"No data" stays explicit: an SLO without events in the period has no SLI, no budget figures
 * and is neither met nor missed; every format says "no data" (or {@code null} in JSON, an empty
 * field in CSV), never 0, never NaN.
 */
package dev.observatory.slo.report;
