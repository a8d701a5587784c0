package dev.observatory.slo.store;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Named JSON documents of the engine's own state; write them in the transaction of the data they describe. */
public interface EngineStateDao {
  @SqlUpdate("insert into slo_engine_state (name, state, updated_at) values (:name, cast(:state as json), now())"
      + " on conflict (name) do update set state = excluded.state, updated_at = excluded.updated_at")
  void save(@Bind("name") String name, @Bind("state") String json);

  @SqlQuery("select state::text from slo_engine_state where name = :name")
  Optional<String> load(@Bind("name") String name);
}
