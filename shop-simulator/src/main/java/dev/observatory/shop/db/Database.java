package dev.observatory.shop.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.apache.tomcat.jdbc.pool.PoolProperties;

/**
 * A PostgreSQL database for the shop: the embedded server (real PostgreSQL binaries, data kept
 * under a folder so a second run sees the first run's data) or a server at a JDBC URL. The
 * schema is migrated with Flyway on open.
 */
public final class Database implements AutoCloseable {
  private EmbeddedPostgres embedded;
  private final Path dataDirectory;
  private final int port;
  private final DataSource dataSource;
  private final String description;

  private Database(EmbeddedPostgres embedded, Path dataDirectory, DataSource dataSource, String description) {
    this.embedded = embedded;
    this.dataDirectory = dataDirectory;
    this.port = embedded == null ? 0 : embedded.getPort();
    this.dataSource = dataSource;
    this.description = description;
  }

  /** Starts (or reopens) the embedded server with its data in {@code dataDirectory}, on a free port. */
  public static Database embedded(Path dataDirectory) throws IOException {
    Files.createDirectories(dataDirectory);
    EmbeddedPostgres pg = start(dataDirectory, 0);
    String url = "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres?user=postgres";
    return new Database(pg, dataDirectory, pooled(url), "embedded PostgreSQL on 127.0.0.1:" + pg.getPort() + ", data in " + dataDirectory);
  }

  /** A server at {@code jdbc:postgresql://host:port/db?user=...&password=...}. */
  public static Database at(String jdbcUrl) {
    if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
      throw new IllegalArgumentException("database URL must start with jdbc:postgresql://, found \"" + jdbcUrl + "\"");
    }
    return new Database(null, null, pooled(jdbcUrl), "PostgreSQL at " + jdbcUrl.replaceAll("password=[^&]*", "password=***"));
  }

  private static EmbeddedPostgres start(Path dataDirectory, int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setPort(port)
        // The embedded default turns synchronous commits off; an order acknowledged to a shopper must survive a crash.
        .setServerConfig("synchronous_commit", "on")
        .start();
  }

  /** Stops the embedded server hard (open connections are cut) and keeps its data; for restart tests. */
  public synchronized void stopEmbeddedServer() throws IOException {
    if (dataDirectory == null) throw new IllegalStateException(description + ": not an embedded server");
    if (embedded != null) {
      embedded.close();
      embedded = null;
    }
  }

  /** Starts the embedded server again on the same data folder and port. */
  public synchronized void startEmbeddedServer() throws IOException {
    if (dataDirectory == null) throw new IllegalStateException(description + ": not an embedded server");
    if (embedded == null) embedded = start(dataDirectory, port);
  }

  /** A connection pool: a new PostgreSQL connection per request would cost milliseconds each. */
  private static DataSource pooled(String url) {
    PoolProperties p = new PoolProperties();
    p.setUrl(url);
    p.setDriverClassName("org.postgresql.Driver");
    p.setInitialSize(2);
    p.setMinIdle(2);
    p.setMaxActive(32);
    p.setMaxIdle(32);
    p.setMaxWait(10_000);
    p.setTestOnBorrow(true);
    p.setValidationQuery("SELECT 1");
    p.setValidationInterval(0); // validate on every borrow: after a database restart no dead connection is handed out
    p.setDefaultAutoCommit(true);
    return new org.apache.tomcat.jdbc.pool.DataSource(p);
  }

  /** Applies the shop's migrations ({@code db/shop/V*.sql}); returns how many ran. */
  public int migrate() {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/shop")
        .table("shop_schema_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate()
        .migrationsExecuted;
  }

  public Jdbi jdbi() {
    return Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Checks that the database answers, for health checks. */
  public void ping() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      if (!c.isValid(2)) throw new SQLException("connection is not valid");
    }
  }

  @Override
  public String toString() {
    return description;
  }

  @Override
  public synchronized void close() throws IOException {
    if (dataSource instanceof org.apache.tomcat.jdbc.pool.DataSource pool) pool.close(true);
    if (embedded != null) embedded.close();
  }
}
