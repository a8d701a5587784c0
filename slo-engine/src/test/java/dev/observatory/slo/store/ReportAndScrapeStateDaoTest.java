package dev.observatory.slo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Report snapshots and the scraper's series state. */
class ReportAndScrapeStateDaoTest extends DatabaseTest {
  private static final Instant T0 = Instant.parse("2026-12-01T00:05:00Z");

  @Test
  void theLatestSnapshotOfAPeriodAndFormatIsTheCurrentReport() {
    ReportDao reports = jdbi.onDemand(ReportDao.class);
    reports.save("2026-11", "md", "# November (draft)", T0);
    reports.save("2026-11", "md", "# November", T0.plusSeconds(60));
    reports.save("2026-11", "json", "{}", T0);
    assertThat(reports.latest("2026-11", "md")).hasValueSatisfying(r -> assertThat(r.body()).isEqualTo("# November"));
    assertThat(reports.latest("2026-10", "md")).isEmpty();
    assertThat(reports.ofPeriod("2026-11")).hasSize(3);
  }

  @Test
  void aRestartedScraperFindsTheLastValueOfEverySeries() {
    ScrapeStateDao states = jdbi.onDemand(ScrapeStateDao.class);
    SloKey slo = SloKey.of("checkout", "availability");
    String ok = "{service_name=\"checkout\",status_code=\"STATUS_CODE_OK\"}";
    String error = "{service_name=\"checkout\",status_code=\"STATUS_CODE_ERROR\"}";
    states.save(List.of(new SeriesState(slo, ok, 100, T0), new SeriesState(slo, error, 3, T0)));
    states.save(List.of(new SeriesState(slo, ok, 160, T0.plusSeconds(15))));
    assertThat(states.ofSlo(slo)).containsExactly(new SeriesState(slo, error, 3, T0), new SeriesState(slo, ok, 160, T0.plusSeconds(15)));
    assertThat(states.forgetOlderThan(T0.plusSeconds(1))).isEqualTo(1);
    assertThat(states.all()).containsExactly(new SeriesState(slo, ok, 160, T0.plusSeconds(15)));
  }

  @Test
  void minutesAndScraperStateWrittenInOneTransactionFailTogether() {
    SloKey slo = SloKey.of("checkout", "together");
    assertThatThrownBy(() -> jdbi.useTransaction(h -> {
      h.attach(MinuteDao.class).upsert(List.of(new MinuteRow(slo, 1, 1, 1)));
      h.attach(ScrapeStateDao.class).save(List.of(new SeriesState(slo, "{}", 1, T0)));
      throw new IllegalStateException("the engine stopped between the two");
    })).hasMessageContaining("stopped");
    assertThat(jdbi.onDemand(MinuteDao.class).lastMinute(slo)).isEmpty();
    assertThat(jdbi.onDemand(ScrapeStateDao.class).ofSlo(slo)).isEmpty();
  }
}
