/**
 * Alertmanager configuration generated from the SLO model: one route tree that sends page alerts
 * to the pager and ticket alerts to the ticket queue, per-SLO routes for SLOs whose spec names its
 * own webhook, and an inhibit rule that silences an SLO's ticket while its page fires. The entry
 * point is {@link dev.observatory.dashboards.alertmanager.AlertmanagerConfig}; the webhook URLs
 * given on the command line come in as {@link dev.observatory.dashboards.alertmanager.Receivers}.
 */
package dev.observatory.dashboards.alertmanager;
