/**
 * Prometheus recording and alert rules generated from the SLO model, and {@code promtool test
 * rules} files that prove them. Steps run in Sloth's order: SLI ratios per window, period roll-up,
 * metadata, alerts; a small writer turns the result into YAML. The entry points are {@link
 * dev.observatory.dashboards.rules.PrometheusRules} and {@link
 * dev.observatory.dashboards.rules.PromtoolTests}; everything else is package-private.
 */
package dev.observatory.dashboards.rules;
