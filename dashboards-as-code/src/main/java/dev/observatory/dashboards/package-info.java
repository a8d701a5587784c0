/**
 * Dashboards, rules and routes as code: Prometheus recording and alert rules, Alertmanager
 * routes and Grafana dashboards generated from the SLO model.
 */
package dev.observatory.dashboards;
