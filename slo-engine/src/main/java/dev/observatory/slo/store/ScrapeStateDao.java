package dev.observatory.slo.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The scraper's per-series state. A restarted engine loads it and counts only what the counters
 * grew since. Save it in the same transaction as the minutes it produced
 * ({@code jdbi.useTransaction(h -> { h.attach(MinuteDao.class).upsert(..); h.attach(ScrapeStateDao.class).save(..); })}),
 * so that a crash between the two can neither lose nor double count an increase.
 */
@RegisterConstructorMapper(SeriesState.class)
public interface ScrapeStateDao {
  @SqlBatch("insert into slo_scrape_series (slo_key, series, last_value, last_scrape_at)"
      + " values (:sloKey, :series, :lastValue, :lastScrapeAt)"
      + " on conflict (slo_key, series) do update set last_value = excluded.last_value, last_scrape_at = excluded.last_scrape_at")
  void save(@BindMethods Collection<SeriesState> states);

  @SqlQuery("select * from slo_scrape_series where slo_key = :slo order by series")
  List<SeriesState> ofSlo(@Bind("slo") SloKey slo);

  @SqlQuery("select * from slo_scrape_series order by slo_key, series")
  List<SeriesState> all();

  /** Forgets series not seen since {@code before} (gone from the target); returns how many. */
  @SqlUpdate("delete from slo_scrape_series where last_scrape_at < :before")
  int forgetOlderThan(@Bind("before") Instant before);
}
