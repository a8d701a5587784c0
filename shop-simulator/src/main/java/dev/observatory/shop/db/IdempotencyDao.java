package dev.observatory.shop.db;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Idempotency keys of checkout requests: claimed by the first request, answered from storage after. */
@RegisterConstructorMapper(IdempotencyRecord.class)
public interface IdempotencyDao {
  /** 1 when this request claimed the key, 0 when another one holds it. */
  @SqlUpdate("insert into idempotency_keys (idempotency_key, request_hash) values (:key, :hash) on conflict do nothing")
  int claim(@Bind("key") String key, @Bind("hash") String requestHash);

  @SqlQuery("select idempotency_key, request_hash, status, response from idempotency_keys where idempotency_key = :key")
  Optional<IdempotencyRecord> find(@Bind("key") String key);

  @SqlUpdate("update idempotency_keys set status = :status, response = :response where idempotency_key = :key")
  void complete(@Bind("key") String key, @Bind("status") int status, @Bind("response") String response);

  /** Frees a key whose request failed in a way worth retrying (a server error). */
  @SqlUpdate("delete from idempotency_keys where idempotency_key = :key and response is null")
  void release(@Bind("key") String key);
}
