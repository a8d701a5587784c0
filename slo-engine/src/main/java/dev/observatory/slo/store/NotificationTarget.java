package dev.observatory.slo.store;

/** Where a notification goes: the configured webhook, or Alertmanager's v2 API. */
public enum NotificationTarget {
  WEBHOOK,
  ALERTMANAGER
}
