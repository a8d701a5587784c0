package dev.observatory.slo.store;

import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** A fresh embedded PostgreSQL per test class, migrated once. */
abstract class DatabaseTest {
  @TempDir static Path dir;
  static EngineDatabase db;
  static Jdbi jdbi;

  @BeforeAll
  static void startDatabase() throws Exception {
    db = EngineDatabase.embedded(dir.resolve("pg"));
    db.migrate();
    jdbi = db.jdbi();
  }

  @AfterAll
  static void stopDatabase() throws Exception {
    db.close();
  }

  static long count(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}
