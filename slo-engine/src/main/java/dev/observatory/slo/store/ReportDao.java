package dev.observatory.slo.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Report snapshots: each rendering is kept, the latest one per period and format is the current one. */
@RegisterConstructorMapper(ReportSnapshot.class)
public interface ReportDao {
  @SqlUpdate("insert into slo_report_snapshots (period, format, body, created_at) values (:period, :format, :body, :now)")
  @GetGeneratedKeys("id")
  long save(@Bind("period") String period, @Bind("format") String format, @Bind("body") String body, @Bind("now") Instant now);

  @SqlQuery("select * from slo_report_snapshots where period = :period and format = :format order by created_at desc, id desc limit 1")
  Optional<ReportSnapshot> latest(@Bind("period") String period, @Bind("format") String format);

  @SqlQuery("select * from slo_report_snapshots where period = :period order by created_at, id")
  List<ReportSnapshot> ofPeriod(@Bind("period") String period);
}
