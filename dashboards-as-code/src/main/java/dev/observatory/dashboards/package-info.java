/**
 * Dashboards, rules and routes as code: Prometheus recording and alert rules, Alertmanager
 * routes and Grafana dashboards generated from the SLO model. {@link dev.observatory.dashboards.Generator}
 * is the entry point; each output format lives in its own package.
 */
package dev.observatory.dashboards;
