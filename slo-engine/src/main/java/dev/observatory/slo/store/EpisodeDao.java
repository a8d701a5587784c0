package dev.observatory.slo.store;

import dev.observatory.slo.model.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Alert episodes; the database keeps at most one open episode per SLO and severity. */
@RegisterConstructorMapper(AlertEpisode.class)
public interface EpisodeDao {
  /** Opens an episode; empty when one is already open for the SLO and severity (that one stays). */
  @SqlQuery("insert into slo_alert_episodes (slo_key, severity, started_at, peak_burn_rate, budget_spent)"
      + " values (:slo, :severity, :startedAt, :burnRate, :budgetSpent)"
      + " on conflict (slo_key, severity) where resolved_at is null do nothing"
      + " returning id")
  Optional<Long> open(@Bind("slo") SloKey slo, @Bind("severity") Severity severity, @Bind("startedAt") Instant startedAt,
      @Bind("burnRate") double burnRate, @Bind("budgetSpent") double budgetSpent);

  /** Updates the open episode with an evaluation: the peak keeps the highest burn rate. Returns 0 when none is open. */
  @SqlUpdate("update slo_alert_episodes set peak_burn_rate = greatest(peak_burn_rate, :burnRate), budget_spent = :budgetSpent"
      + " where slo_key = :slo and severity = :severity and resolved_at is null")
  int update(@Bind("slo") SloKey slo, @Bind("severity") Severity severity, @Bind("burnRate") double burnRate,
      @Bind("budgetSpent") double budgetSpent);

  /** Resolves the open episode; returns 0 when none is open. */
  @SqlUpdate("update slo_alert_episodes set resolved_at = :resolvedAt, budget_spent = :budgetSpent"
      + " where slo_key = :slo and severity = :severity and resolved_at is null")
  int resolve(@Bind("slo") SloKey slo, @Bind("severity") Severity severity, @Bind("resolvedAt") Instant resolvedAt,
      @Bind("budgetSpent") double budgetSpent);

  @SqlQuery("select * from slo_alert_episodes where slo_key = :slo and severity = :severity and resolved_at is null")
  Optional<AlertEpisode> openEpisode(@Bind("slo") SloKey slo, @Bind("severity") Severity severity);

  /** Every open episode, for an engine that restarts. */
  @SqlQuery("select * from slo_alert_episodes where resolved_at is null order by slo_key, severity")
  List<AlertEpisode> openEpisodes();

  /** The SLO's episodes that overlap {@code [from, to)}, oldest first: a report's incidents. */
  @SqlQuery("select * from slo_alert_episodes where slo_key = :slo and started_at < :to"
      + " and (resolved_at is null or resolved_at >= :from) order by started_at, id")
  List<AlertEpisode> overlapping(@Bind("slo") SloKey slo, @Bind("from") Instant from, @Bind("to") Instant to);
}
