package dev.observatory.slo.store;

/** What a notification announces: an alert started firing, or it resolved. */
public enum NotificationKind {
  FIRING,
  RESOLVED
}
