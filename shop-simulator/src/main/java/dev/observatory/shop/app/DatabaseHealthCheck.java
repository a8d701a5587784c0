package dev.observatory.shop.app;

import com.codahale.metrics.health.HealthCheck;
import dev.observatory.shop.db.Database;

/** The admin port's health check for PostgreSQL. */
final class DatabaseHealthCheck extends HealthCheck {
  private final Database database;

  DatabaseHealthCheck(Database database) {
    this.database = database;
  }

  @Override
  protected Result check() throws Exception {
    database.ping();
    return Result.healthy(database.toString());
  }
}
