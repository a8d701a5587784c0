package dev.observatory.slo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-minute SLI data: idempotent upserts, range reads, the COPY import. */
class MinuteDaoTest extends DatabaseTest {
  private static final SloKey CART = SloKey.of("cart", "availability");
  private static final SloKey CART_LATENCY = SloKey.of("cart", "latency");

  @Test
  void writingTheSameMinuteTwiceKeepsOneRowWithTheLatestCounts() {
    MinuteDao minutes = jdbi.onDemand(MinuteDao.class);
    SloKey slo = SloKey.of("idempotent", "a");
    assertThat(minutes.upsert(List.of(new MinuteRow(slo, 10, 90, 100)))).isEqualTo(1);
    assertThat(minutes.upsert(List.of(new MinuteRow(slo, 10, 95, 100)))).isEqualTo(1);
    assertThat(minutes.upsert(List.of(new MinuteRow(slo, 10, 95, 100)))).as("same counts again change nothing").isZero();
    assertThat(minutes.range(slo, 0, 100)).containsExactly(new MinuteRow(slo, 10, 95, 100));
  }

  @Test
  void whenABatchNamesAMinuteTwiceTheLaterRowWins() {
    MinuteDao minutes = jdbi.onDemand(MinuteDao.class);
    SloKey slo = SloKey.of("duplicates", "a");
    minutes.upsert(List.of(new MinuteRow(slo, 1, 1, 1), new MinuteRow(slo, 2, 5, 5), new MinuteRow(slo, 1, 7, 8)));
    assertThat(minutes.range(slo, 0, 10)).containsExactly(new MinuteRow(slo, 1, 7, 8), new MinuteRow(slo, 2, 5, 5));
  }

  @Test
  void aBatchLargerThanOneStatementIsWrittenWhole() {
    MinuteDao minutes = jdbi.onDemand(MinuteDao.class);
    SloKey slo = SloKey.of("chunks", "a");
    List<MinuteRow> rows = new ArrayList<>();
    for (int m = 0; m < MinuteDao.CHUNK * 2 + 17; m++) rows.add(new MinuteRow(slo, m, m % 3, 2.5));
    assertThat(minutes.upsert(rows)).isEqualTo(rows.size());
    assertThat(minutes.range(slo, 0, Long.MAX_VALUE)).isEqualTo(rows);
  }

  @Test
  void aRangeReadsItsMinutesInOrderEndExclusiveAndMissingMinutesHaveNoRow() {
    MinuteDao minutes = jdbi.onDemand(MinuteDao.class);
    minutes.upsert(List.of(
        new MinuteRow(CART, 105, 1, 1), new MinuteRow(CART, 101, 0.5, 2.25), new MinuteRow(CART, 103, 0, 0),
        new MinuteRow(CART, 100, 3, 3), new MinuteRow(CART_LATENCY, 102, 4, 4)));
    assertThat(minutes.range(CART, 101, 105)).containsExactly(new MinuteRow(CART, 101, 0.5, 2.25), new MinuteRow(CART, 103, 0, 0));
    assertThat(minutes.lastMinute(CART)).contains(105L);
    assertThat(minutes.lastMinute(CART_LATENCY)).contains(102L);
    assertThat(minutes.lastMinute(SloKey.of("cart", "never-written"))).isEmpty();
  }

  @Test
  void countsMustBeFiniteWithANonNegativeTotal() {
    assertThatThrownBy(() -> new MinuteRow(CART, 7, Double.NaN, 1)).hasMessageContaining("cart/availability minute 7");
    assertThatThrownBy(() -> new MinuteRow(CART, 7, 1, -1)).hasMessageContaining("total=-1.0");
  }

  @Test
  void aHundredThousandRowsImportThroughCopyAndImportingThemAgainChangesNothing() {
    MinuteDao minutes = jdbi.onDemand(MinuteDao.class);
    List<MinuteRow> rows = new ArrayList<>();
    for (int s = 0; s < 10; s++) {
      SloKey slo = SloKey.of("import", "slo-" + s);
      for (int m = 0; m < 10_000; m++) rows.add(new MinuteRow(slo, 1_000_000 + m, m % 7, 10 + s / 3.0));
    }
    assertThat(minutes.importMinutes(rows)).isEqualTo(100_000);
    assertThat(count("select count(*) from slo_minutes where slo_key like 'import/%'")).isEqualTo(100_000);
    assertThat(minutes.importMinutes(rows)).isZero();
    assertThat(count("select count(*) from slo_minutes where slo_key like 'import/%'")).isEqualTo(100_000);

    SloKey third = SloKey.of("import", "slo-3");
    assertThat(minutes.range(third, 1_000_000, 1_000_003)).containsExactly(
        new MinuteRow(third, 1_000_000, 0, 11), new MinuteRow(third, 1_000_001, 1, 11), new MinuteRow(third, 1_000_002, 2, 11));
    assertThat(minutes.lastMinute(third)).contains(1_009_999L);
  }

  @Test
  void anImportReplacesChangedMinutesAndItsLaterDuplicatesWin() {
    MinuteDao minutes = jdbi.onDemand(MinuteDao.class);
    SloKey slo = SloKey.of("reimport", "a");
    minutes.upsert(List.of(new MinuteRow(slo, 1, 1, 1), new MinuteRow(slo, 2, 2, 2)));
    int changed = minutes.importMinutes(List.of(
        new MinuteRow(slo, 1, 1, 1), new MinuteRow(slo, 2, 0, 2), new MinuteRow(slo, 3, 0, 3), new MinuteRow(slo, 3, 3, 3)));
    assertThat(changed).isEqualTo(2);
    assertThat(minutes.range(slo, 0, 10)).containsExactly(
        new MinuteRow(slo, 1, 1, 1), new MinuteRow(slo, 2, 0, 2), new MinuteRow(slo, 3, 3, 3));
  }

  @Test
  void aFailedImportLeavesNothingBehind() {
    MinuteDao minutes = jdbi.onDemand(MinuteDao.class);
    SloKey slo = SloKey.of("failed-import", "a");
    Iterable<MinuteRow> failing = () -> List.of(new MinuteRow(slo, 1, 1, 1), new MinuteRow(slo, 2, 1, 1)).stream()
        .map(r -> {
          if (r.minute() == 2) throw new IllegalStateException("the history file ends mid-line");
          return r;
        })
        .iterator();
    assertThatThrownBy(() -> minutes.importMinutes(failing)).hasMessageContaining("mid-line");
    assertThat(minutes.lastMinute(slo)).isEmpty();
  }

  @Test
  void retentionDropsMinutesBeforeTheCutoff() {
    MinuteDao minutes = jdbi.onDemand(MinuteDao.class);
    SloKey slo = SloKey.of("retention", "a");
    minutes.upsert(List.of(new MinuteRow(slo, -5_000_001, 1, 1), new MinuteRow(slo, -5_000_000, 1, 1)));
    assertThat(minutes.deleteBefore(-5_000_000)).isEqualTo(1);
    assertThat(minutes.range(slo, Long.MIN_VALUE, Long.MAX_VALUE)).containsExactly(new MinuteRow(slo, -5_000_000, 1, 1));
  }
}
