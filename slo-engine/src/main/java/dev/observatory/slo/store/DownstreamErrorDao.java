package dev.observatory.slo.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Downstream call errors per service, span name and minute; writes are idempotent upserts (writing a minute again replaces it). */
@RegisterConstructorMapper(DownstreamErrorRow.class)
public interface DownstreamErrorDao {
  /** Writes the rows in one statement; each (service, span name, minute) at most once per call. */
  default void upsert(List<DownstreamErrorRow> rows) {
    if (rows.isEmpty()) return;
    int n = rows.size();
    String[] services = new String[n];
    String[] spans = new String[n];
    Long[] minutes = new Long[n];
    Double[] errors = new Double[n];
    for (int i = 0; i < n; i++) {
      DownstreamErrorRow r = rows.get(i);
      services[i] = r.service();
      spans[i] = r.spanName();
      minutes[i] = r.minute();
      errors[i] = r.errors();
    }
    upsertArrays(services, spans, minutes, errors);
  }

  @SqlUpdate("insert into slo_downstream_errors (service, span_name, minute, errors)"
      + " select * from unnest(cast(:services as text[]), cast(:spans as text[]), cast(:minutes as bigint[]), cast(:errors as float8[]))"
      + " on conflict (service, minute, span_name) do update set errors = excluded.errors"
      + " where slo_downstream_errors.errors is distinct from excluded.errors")
  int upsertArrays(@Bind("services") String[] services, @Bind("spans") String[] spans, @Bind("minutes") Long[] minutes, @Bind("errors") Double[] errors);

  /** The service's downstream errors in minutes {@code [from, to)}, by minute then span name. */
  @SqlQuery("select service, span_name, minute, errors from slo_downstream_errors"
      + " where service = :service and minute >= :from and minute < :to order by minute, span_name")
  List<DownstreamErrorRow> during(@Bind("service") String service, @Bind("from") long fromMinute, @Bind("to") long toMinute);
}
