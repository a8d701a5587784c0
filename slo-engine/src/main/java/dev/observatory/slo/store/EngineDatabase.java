package dev.observatory.slo.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.tomcat.jdbc.pool.PoolProperties;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The engine's database: the embedded PostgreSQL (real binaries, data kept in a folder so that a
 * second run sees the first run's data) or a server at a JDBC URL, behind a connection pool.
 * {@link #migrate()} applies {@code db/engine/V*.sql} with its own history table, so the engine
 * and the shop can share one database.
 */
public final class EngineDatabase implements AutoCloseable {
  private final Path dataDirectory; // null for a server at a URL
  private final int port;
  private final org.apache.tomcat.jdbc.pool.DataSource pool;
  private final Jdbi jdbi;
  private final String description;
  private EmbeddedPostgres embedded; // null while stopped, and for a server at a URL

  private EngineDatabase(Path dataDirectory, EmbeddedPostgres embedded, String url, String description) {
    this.dataDirectory = dataDirectory;
    this.embedded = embedded;
    this.port = embedded == null ? -1 : embedded.getPort();
    this.pool = pooled(url);
    this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin()).installPlugin(new StoreTypes());
    this.description = description;
  }

  /** Starts (or reopens) the embedded server with its data in {@code dataDirectory}, on a free port. */
  public static EngineDatabase embedded(Path dataDirectory) throws IOException {
    Files.createDirectories(dataDirectory);
    EmbeddedPostgres pg = startEmbedded(dataDirectory, 0);
    String url = "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres?user=postgres";
    return new EngineDatabase(dataDirectory, pg, url, "embedded PostgreSQL on 127.0.0.1:" + pg.getPort() + ", data in " + dataDirectory);
  }

  /** A server at {@code jdbc:postgresql://host:port/db?user=...&password=...} ({@code --db-url}, {@code SLO_DB_URL}). */
  public static EngineDatabase at(String jdbcUrl) {
    if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
      throw new IllegalArgumentException("database URL must start with jdbc:postgresql://, found \"" + jdbcUrl + "\"");
    }
    return new EngineDatabase(null, null, jdbcUrl, "PostgreSQL at " + jdbcUrl.replaceAll("password=[^&]*", "password=***"));
  }

  private static EmbeddedPostgres startEmbedded(Path dataDirectory, int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setPort(port)
        // The embedded default turns synchronous commits off (fine for throwaway test databases);
        // this one keeps the engine's history, and a batch reported as written must survive a crash.
        .setServerConfig("synchronous_commit", "on")
        .start();
  }

  /**
   * A pool that validates every connection it hands out: after the server restarts, pooled
   * connections are dead, and each is replaced on its next borrow instead of failing a request.
   */
  private static org.apache.tomcat.jdbc.pool.DataSource pooled(String url) {
    PoolProperties p = new PoolProperties();
    p.setUrl(url);
    p.setDriverClassName("org.postgresql.Driver");
    p.setInitialSize(0);
    p.setMinIdle(2);
    p.setMaxActive(32);
    p.setMaxIdle(32);
    p.setMaxWait(10_000);
    p.setTestOnBorrow(true);
    p.setValidationQuery("SELECT 1");
    p.setValidationQueryTimeout(5);
    p.setValidationInterval(0);
    p.setLogValidationErrors(false);
    p.setDefaultAutoCommit(true);
    return new org.apache.tomcat.jdbc.pool.DataSource(p);
  }

  /** Applies the engine's migrations ({@code db/engine/V*.sql}); returns how many ran. */
  public int migrate() {
    return Flyway.configure()
        .dataSource(pool)
        .locations("classpath:db/engine")
        .table("engine_schema_history")
        // The database may already hold the shop's tables (slo demo): that is not an error.
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate()
        .migrationsExecuted;
  }

  /** Jdbi over the pool, with the SqlObject plugin and the store's value types ({@link SloKey}, enums). */
  public Jdbi jdbi() {
    return jdbi;
  }

  public DataSource dataSource() {
    return pool;
  }

  /** Checks that the database answers, for health checks. */
  public void ping() throws SQLException {
    try (Connection c = pool.getConnection()) {
      if (!c.isValid(2)) throw new SQLException("connection is not valid");
    }
  }

  /**
   * Stops the embedded server (a fast shutdown: open connections are cut, as in a crash seen from
   * the client) and keeps its data; {@link #startEmbeddedServer()} brings it back. For restart tests
   * and operations; a server at a URL cannot be stopped from here.
   */
  public synchronized void stopEmbeddedServer() throws IOException {
    requireEmbedded();
    if (embedded != null) {
      embedded.close();
      embedded = null;
    }
  }

  /** Starts the embedded server again on the same data folder and port. */
  public synchronized void startEmbeddedServer() throws IOException {
    requireEmbedded();
    if (embedded == null) embedded = startEmbedded(dataDirectory, port);
  }

  private void requireEmbedded() {
    if (dataDirectory == null) throw new IllegalStateException(description + ": not an embedded server");
  }

  @Override
  public String toString() {
    return description;
  }

  @Override
  public synchronized void close() throws IOException {
    pool.close(true);
    if (embedded != null) {
      embedded.close();
      embedded = null;
    }
  }
}
