/**
 * Synthetic histories: a scenario (the shop's spans, their traffic, scheduled incidents) turned
 * into the spanmetrics series Prometheus would have scraped, minute by minute.
 *
 * <p>{@link dev.observatory.slo.simulate.ScenarioLoader} reads scenario files with positioned
 * problems; {@link dev.observatory.slo.simulate.SyntheticHistory} generates the samples
 * deterministically from (scenario, days, seed) into a
 * {@link dev.observatory.slo.source.HistorySink}: the {@link dev.observatory.slo.simulate.OpenMetricsWriter}
 * (a file for {@code promtool} or {@code --history}) or the history importer directly
 * ({@link dev.observatory.slo.simulate.SyntheticHistory#minutes}). The incidents are the ground
 * truth a backtest measures alert policies against. No clock is read: the start is the
 * scenario's.
 */
package dev.observatory.slo.simulate;
