package dev.observatory.slo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, migrating and reopening the engine's database. */
class EngineDatabaseTest {
  private static final SloKey CHECKOUT = SloKey.of("checkout", "availability");

  @TempDir Path dir;

  @Test
  void migrationsRunOnceAndReopeningKeepsTheData() throws Exception {
    try (EngineDatabase db = EngineDatabase.embedded(dir)) {
      assertThat(db.migrate()).isEqualTo(5); // V1 (store), V2 (engine state), V3 (per-SLO routes), V4 (downstream errors), V5 (superseded firings)
      assertThat(db.migrate()).isZero();
      db.jdbi().onDemand(MinuteDao.class).upsert(List.of(new MinuteRow(CHECKOUT, 100, 9, 10)));
    }
    try (EngineDatabase db = EngineDatabase.embedded(dir)) {
      assertThat(db.migrate()).isZero();
      db.ping();
      assertThat(db.jdbi().onDemand(MinuteDao.class).range(CHECKOUT, 0, 1_000)).containsExactly(new MinuteRow(CHECKOUT, 100, 9, 10));
    }
  }

  @Test
  void theEngineMigratesADatabaseThatAlreadyHoldsTheShopsTablesWithoutTouchingThem() throws Exception {
    try (EngineDatabase db = EngineDatabase.embedded(dir)) {
      db.jdbi().useHandle(h -> {
        h.execute("create table shop_schema_history (installed_rank int primary key)");
        h.execute("create table orders (order_id text primary key)");
      });
      assertThat(db.migrate()).isEqualTo(5);
      List<String> tables = db.jdbi().withHandle(h -> h.createQuery(
          "select table_name from information_schema.tables where table_schema = 'public' order by table_name").mapTo(String.class).list());
      assertThat(tables).containsExactly("engine_schema_history", "orders", "shop_schema_history", "slo_alert_episodes",
          "slo_definitions", "slo_downstream_errors", "slo_engine_state", "slo_minutes", "slo_outbox", "slo_report_snapshots", "slo_scrape_series");
    }
  }

  @Test
  void aDatabaseUrlMustBeAPostgresqlJdbcUrl() {
    assertThatThrownBy(() -> EngineDatabase.at("postgres://localhost/slo"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("postgres://localhost/slo");
  }

  @Test
  void aServerAtAUrlHidesItsPasswordAndCannotBeStoppedFromHere() throws Exception {
    try (EngineDatabase db = EngineDatabase.at("jdbc:postgresql://127.0.0.1:1/slo?user=u&password=secret")) {
      assertThat(db.toString()).doesNotContain("secret");
      assertThatThrownBy(db::stopEmbeddedServer).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void anSloKeyIsTheIdAsServiceSlashName() {
    assertThat(CHECKOUT.value()).isEqualTo("checkout/availability");
    assertThat(new SloKey("checkout/availability").sloId()).isEqualTo(CHECKOUT.sloId());
    assertThatThrownBy(() -> new SloKey("checkout")).hasMessageContaining("\"checkout\"");
  }
}
