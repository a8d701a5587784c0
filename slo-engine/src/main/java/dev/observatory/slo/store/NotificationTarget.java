package dev.observatory.slo.store;

/** Where a notification goes: the configured webhook, Alertmanager's v2 API, or an SLO's own route (a webhook URL from its spec). */
public enum NotificationTarget {
  WEBHOOK,
  ALERTMANAGER,
  ROUTE
}
