/**
 * Alert delivery: from each evaluation's {@link dev.observatory.slo.math.SloStatus} to
 * notifications on a webhook and on Alertmanager's v2 API.
 *
 * <p>The pipeline, one small step per class: {@link dev.observatory.slo.alerting.AlertStateMachine}
 * (pure: per SLO and severity, inactive → firing → resolved, with flap damping and de-duplication)
 * emits {@link dev.observatory.slo.alerting.AlertEvent}s; {@link
 * dev.observatory.slo.alerting.Notifications} turns an event into a {@link
 * dev.observatory.slo.alerting.Notification} with the same labels and annotations as the generated
 * Prometheus alert rules, so one Alertmanager configuration routes both paths; the engine enqueues
 * it in a {@link dev.observatory.slo.alerting.NotificationOutbox} once per target, and the {@link
 * dev.observatory.slo.alerting.OutboxDispatcher} delivers it at least once through a {@link
 * dev.observatory.slo.alerting.NotificationSender} ({@link
 * dev.observatory.slo.alerting.WebhookSender}, {@link
 * dev.observatory.slo.alerting.AlertmanagerSender}), retrying with exponential backoff and jitter.
 *
 * <p>Alertmanager forgets a firing alert that is not re-sent: without {@code endsAt} it resolves it
 * {@code resolve_timeout} (default 5m) after the last post. Prometheus re-sends firing alerts on
 * every evaluation; the engine must do the same for its open episodes ({@link
 * dev.observatory.slo.alerting.AlertStateMachine#openEpisodes()} → {@link
 * dev.observatory.slo.alerting.Notifications#refresh}), which Alertmanager de-duplicates by labels
 * (no new page). The webhook gets exactly one notification per transition.
 */
package dev.observatory.slo.alerting;
