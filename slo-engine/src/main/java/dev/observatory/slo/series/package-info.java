/**
 * SLO results as Prometheus series: the record names and labels shared by the generated
 * recording rules and the engine's own {@code /metrics} (DESIGN.md, "SLO results as series"), so
 * one set of dashboards works on both paths. Every name lives here.
 */
package dev.observatory.slo.series;
