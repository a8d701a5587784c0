package dev.observatory.slo.store;

import static dev.observatory.slo.model.Severity.PAGE;
import static dev.observatory.slo.model.Severity.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Alert episodes: one open per SLO and severity, updated while open, resolved once. */
class EpisodeDaoTest extends DatabaseTest {
  private static final Instant T0 = Instant.parse("2026-11-03T10:00:00Z");

  @Test
  void onlyOneEpisodeIsOpenPerSloAndSeverity() {
    EpisodeDao episodes = jdbi.onDemand(EpisodeDao.class);
    SloKey slo = SloKey.of("checkout", "one-open");
    long first = episodes.open(slo, PAGE, T0, 15.0, 0.01).orElseThrow();
    assertThat(episodes.open(slo, PAGE, T0.plusSeconds(60), 20.0, 0.02)).as("a page is already open").isEmpty();
    assertThat(episodes.open(slo, TICKET, T0, 4.0, 0.01)).as("a ticket is another severity").isPresent();
    assertThat(episodes.openEpisode(slo, PAGE)).hasValueSatisfying(e -> {
      assertThat(e.id()).isEqualTo(first);
      assertThat(e.startedAt()).isEqualTo(T0);
      assertThat(e.isOpen()).isTrue();
    });
  }

  @Test
  void theDatabaseRefusesASecondOpenEpisodeEvenWithoutOnConflict() {
    SloKey slo = SloKey.of("checkout", "index");
    jdbi.onDemand(EpisodeDao.class).open(slo, PAGE, T0, 15.0, 0);
    assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute(
        "insert into slo_alert_episodes (slo_key, severity, started_at) values (?, 'page', ?)", slo.value(), T0)))
        .hasMessageContaining("slo_alert_episodes_open");
  }

  @Test
  void anEpisodeKeepsItsPeakBurnRateAndAResolvedOneMakesRoomForTheNext() {
    EpisodeDao episodes = jdbi.onDemand(EpisodeDao.class);
    SloKey slo = SloKey.of("checkout", "lifecycle");
    episodes.open(slo, PAGE, T0, 15.0, 0.01);
    assertThat(episodes.update(slo, PAGE, 30.0, 0.05)).isEqualTo(1);
    assertThat(episodes.update(slo, PAGE, 18.0, 0.07)).isEqualTo(1);
    assertThat(episodes.resolve(slo, PAGE, T0.plusSeconds(3_600), 0.08)).isEqualTo(1);
    assertThat(episodes.resolve(slo, PAGE, T0.plusSeconds(3_660), 0.09)).as("nothing left to resolve").isZero();
    assertThat(episodes.update(slo, PAGE, 99.0, 0.5)).isZero();
    assertThat(episodes.open(slo, PAGE, T0.plusSeconds(7_200), 16.0, 0.01)).isPresent();

    assertThat(episodes.overlapping(slo, T0, T0.plusSeconds(86_400))).satisfiesExactly(
        e -> {
          assertThat(e.severity()).isEqualTo(PAGE);
          assertThat(e.peakBurnRate()).isEqualTo(30.0);
          assertThat(e.budgetSpent()).isEqualTo(0.08);
          assertThat(e.resolvedAt()).isEqualTo(T0.plusSeconds(3_600));
        },
        e -> assertThat(e.isOpen()).isTrue());
    assertThat(episodes.overlapping(slo, T0.plusSeconds(3_601), T0.plusSeconds(7_200))).as("between the two").isEmpty();
    assertThat(episodes.openEpisodes()).extracting(AlertEpisode::sloKey).contains(slo);
  }
}
