package dev.observatory.slo.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Per-minute SLI data. Writes are upserts keyed by (SLO, minute): writing a minute again replaces
 * its counts, so a writer that does not know whether its last batch arrived writes it again.
 */
@RegisterConstructorMapper(MinuteRow.class)
public interface MinuteDao extends SqlObject {
  /** Rows per statement: large enough to amortize a round trip, small enough to sort cheaply. */
  int CHUNK = 10_000;

  /**
   * Writes the rows in one transaction, in statements of {@link #CHUNK} rows; when a batch names a
   * minute twice, the later row wins. Returns how many rows were inserted or changed (rewriting a
   * minute with the counts it already has changes nothing, and costs no dead row).
   */
  @Transaction
  default int upsert(Collection<MinuteRow> rows) {
    int changed = 0;
    List<MinuteRow> chunk = new ArrayList<>(Math.min(rows.size(), CHUNK));
    for (MinuteRow row : rows) {
      chunk.add(row);
      if (chunk.size() == CHUNK) {
        changed += upsertChunk(chunk);
        chunk.clear();
      }
    }
    if (!chunk.isEmpty()) changed += upsertChunk(chunk);
    return changed;
  }

  private int upsertChunk(List<MinuteRow> chunk) {
    int n = chunk.size();
    String[] keys = new String[n];
    Long[] minutes = new Long[n];
    Double[] goods = new Double[n];
    Double[] totals = new Double[n];
    for (int i = 0; i < n; i++) {
      MinuteRow r = chunk.get(i);
      keys[i] = r.sloKey().value();
      minutes[i] = r.minute();
      goods[i] = r.good();
      totals[i] = r.total();
    }
    return upsertArrays(keys, minutes, goods, totals);
  }

  /** One statement for a whole chunk: arrays unnested, duplicates resolved (last wins), then merged. */
  @SqlUpdate("insert into slo_minutes (slo_key, minute, good, total)"
      + " select distinct on (k, m) k, m, g, t"
      + " from unnest(cast(:keys as text[]), cast(:minutes as bigint[]), cast(:goods as float8[]), cast(:totals as float8[]))"
      + " with ordinality as r(k, m, g, t, ord)"
      + " order by k, m, ord desc"
      + " on conflict (slo_key, minute) do update set good = excluded.good, total = excluded.total"
      + " where (slo_minutes.good, slo_minutes.total) is distinct from (excluded.good, excluded.total)")
  int upsertArrays(@Bind("keys") String[] keys, @Bind("minutes") Long[] minutes, @Bind("goods") Double[] goods, @Bind("totals") Double[] totals);

  /**
   * The bulk path for history imports: streams the rows through {@code COPY} into a temporary
   * table, then merges them like {@link #upsert} (later rows win, unchanged minutes untouched), all
   * in one transaction. Returns how many rows were inserted or changed.
   */
  @Transaction
  default int importMinutes(Iterable<MinuteRow> rows) {
    return MinuteCopy.importInto(getHandle(), rows);
  }

  /** The stored minutes of {@code [fromMinute, toMinute)}, in order; absent minutes have no data. */
  @SqlQuery("select slo_key, minute, good, total from slo_minutes"
      + " where slo_key = :slo and minute >= :from and minute < :to order by minute")
  List<MinuteRow> range(@Bind("slo") SloKey slo, @Bind("from") long fromMinute, @Bind("to") long toMinute);

  /** The last minute stored for the SLO, where its writer resumes. */
  @SqlQuery("select minute from slo_minutes where slo_key = :slo order by minute desc limit 1")
  Optional<Long> lastMinute(@Bind("slo") SloKey slo);

  /** Drops minutes older than {@code beforeMinute} (retention); returns how many. */
  @SqlUpdate("delete from slo_minutes where minute < :before")
  int deleteBefore(@Bind("before") long beforeMinute);
}
