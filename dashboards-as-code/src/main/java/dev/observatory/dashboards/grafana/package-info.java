/**
 * Grafana dashboards generated from the SLO model: the spanmetrics RED view of the shop, an
 * overview of every SLO and a per-SLO detail view. {@link
 * dev.observatory.dashboards.grafana.GrafanaDashboards} is the only entry point; the builders
 * behind it keep every JSON object in insertion order, so the same SLOs always give the same
 * bytes (stable uids, sequential panel ids, no timestamps).
 *
 * <p>Every query reads the series named in {@link dev.observatory.slo.series.SloSeries} and
 * {@link dev.observatory.slo.model.Spanmetrics}, so the dashboards work on both paths: Prometheus
 * evaluating the generated rules, or the engine exposing the same series itself.
 */
package dev.observatory.dashboards.grafana;
