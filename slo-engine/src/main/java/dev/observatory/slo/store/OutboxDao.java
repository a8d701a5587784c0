package dev.observatory.slo.store;

import dev.observatory.slo.model.Severity;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The notification outbox: evaluations enqueue (in their own transaction, with the episode they
 * open or resolve), workers take due notifications, deliver them and mark them sent or failed.
 */
@RegisterConstructorMapper(Notification.class)
public interface OutboxDao {
  /** Enqueues a notification, due at once; {@code payloadJson} must be JSON. Returns its id. */
  default long enqueue(SloKey slo, Severity severity, NotificationKind kind, String payloadJson, NotificationTarget target, Instant now) {
    return enqueue(slo, severity, kind, payloadJson, target, null, now);
  }

  /** As above; {@code url} is the webhook of a {@link NotificationTarget#ROUTE} (and null for the other targets). */
  @SqlUpdate("insert into slo_outbox (slo_key, severity, kind, payload, target, url, created_at, next_attempt_at)"
      + " values (:slo, :severity, :kind, cast(:payload as json), :target, :url, :now, :now)")
  @GetGeneratedKeys("id")
  long enqueue(@Bind("slo") SloKey slo, @Bind("severity") Severity severity, @Bind("kind") NotificationKind kind,
      @Bind("payload") String payloadJson, @Bind("target") NotificationTarget target, @Bind("url") String url, @Bind("now") Instant now);

  /**
   * Up to {@code limit} unsent notifications due at {@code now}, oldest first, locked until the
   * caller's transaction ends; rows another worker holds are skipped, so concurrent workers never
   * get the same one. Call it inside a transaction ({@code jdbi.inTransaction(h -> h.attach(OutboxDao.class)...)})
   * and mark each row before it commits; in autocommit the lock ends with the statement.
   */
  /**
   * Marks the undelivered firing notifications of an alert for one receiver as superseded by its
   * resolution: sent after it, they would re-open the alert there.
   */
  @SqlUpdate("update slo_outbox set superseded_at = :now where slo_key = :slo and severity = :severity and kind = 'firing'"
      + " and target = :target and url is not distinct from :url and sent_at is null and superseded_at is null")
  int supersedeFirings(@Bind("slo") SloKey slo, @Bind("severity") Severity severity, @Bind("target") NotificationTarget target,
      @Bind("url") String url, @Bind("now") Instant now);

  @SqlQuery("select * from slo_outbox where sent_at is null and superseded_at is null and next_attempt_at <= :now"
      + " order by next_attempt_at, id limit :limit for update skip locked")
  List<Notification> due(@Bind("now") Instant now, @Bind("limit") int limit);

  @SqlUpdate("update slo_outbox set sent_at = :now, attempts = attempts + 1, last_error = null where id = :id and sent_at is null")
  int markSent(@Bind("id") long id, @Bind("now") Instant now);

  /** Records a failed delivery and when to try again. */
  @SqlUpdate("update slo_outbox set attempts = attempts + 1, last_error = :error, next_attempt_at = :nextAttemptAt"
      + " where id = :id and sent_at is null")
  int markFailed(@Bind("id") long id, @Bind("error") String error, @Bind("nextAttemptAt") Instant nextAttemptAt);

  @SqlQuery("select * from slo_outbox where id = :id")
  Notification byId(@Bind("id") long id);

  /** How many notifications wait for delivery, due or not. */
  @SqlQuery("select count(*) from slo_outbox where sent_at is null and superseded_at is null")
  long unsent();
}
