package dev.observatory.slo.alerting;

/** Delivers one notification to one target. Never throws: every failure is a {@link SendResult}. */
public interface NotificationSender {
  SendResult send(Notification notification);
}
