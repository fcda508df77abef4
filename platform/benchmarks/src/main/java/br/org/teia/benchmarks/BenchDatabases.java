package br.org.teia.benchmarks;

import br.org.teia.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fresh databases for the benchmark phases, all on the PostgreSQL that {@link TestPostgres} gives
 * (TEIA_TEST_DB_URL's server, else an embedded one); dropped at exit.
 */
final class BenchDatabases implements Neighbours.PostgresProbe {

  static {
    // An embedded server measures what the application's embedded database does: commits on disk.
    System.setProperty(TestPostgres.DURABLE, "true");
  }

  private final TestPostgres postgres = TestPostgres.get();
  private final String ownDatabase = postgres.jdbcUrl().replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
  private final Map<String, TestPostgres.Database> byUrl = new ConcurrentHashMap<>();
  private Connection probe;

  /** A fresh database {@code teia_bench_<label>_<random>} with its two roles; returns its JDBC URL. */
  String create(String label) {
    TestPostgres.Database database = postgres.createDatabase("teia_bench_" + label);
    byUrl.put(database.url(), database);
    return database.url();
  }

  /** What points the application at the database: its application role, and the owner for schema work (ADR 0011). */
  List<String> arguments(String url) {
    return database(url).arguments();
  }

  /** The owner role of the database, for plain Liquibase runs. */
  TestPostgres.Database database(String url) {
    TestPostgres.Database database = byUrl.get(url);
    if (database == null) {
      throw new IllegalArgumentException("not a benchmark database: " + url);
    }
    return database;
  }

  /** As the superuser, to look at the database from outside. */
  Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, postgres.user(), "");
  }

  String serverVersion() {
    try (Connection c = postgres.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SHOW server_version")) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The server settings that decide what a tenant build waits for: whether commits and index builds
   * reach the disk before they return (zonky's embedded server runs with {@code synchronous_commit=off}).
   */
  String durabilitySettings() {
    try (Connection c = postgres.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("""
            SELECT string_agg(name || '=' || setting || coalesce(unit, ''), ', ' ORDER BY name) FROM pg_settings
            WHERE name IN ('fsync', 'synchronous_commit', 'wal_level', 'full_page_writes', 'shared_buffers',
              'max_wal_size', 'checkpoint_timeout', 'autovacuum', 'max_connections')""")) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public synchronized Map<Long, String> backends() {
    Map<Long, String> backends = new HashMap<>();
    try {
      if (probe == null || probe.isClosed()) {
        probe = postgres.connect();
      }
      try (Statement st = probe.createStatement();
          ResultSet rs = st.executeQuery("SELECT pid, coalesce(datname, ''), pid = pg_backend_pid() FROM pg_stat_activity")) {
        while (rs.next()) {
          backends.put(rs.getLong(1), rs.getString(2));
          if (rs.getBoolean(3)) { // the postmaster, which pg_stat_activity does not list, is our backend's parent
            Neighbours.parent(rs.getLong(1)).ifPresent(postmaster -> backends.put(postmaster, ""));
          }
        }
      }
    } catch (SQLException e) {
      probe = null; // unknown this time
    }
    return backends;
  }

  @Override
  public boolean ours(String database) {
    return database.equals(ownDatabase) || database.startsWith("teia_bench_");
  }

  @Override
  public synchronized long checkpoints() {
    try (Connection c = postgres.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(c.getMetaData().getDatabaseMajorVersion() >= 17
            ? "SELECT num_timed + num_requested FROM pg_stat_checkpointer" // moved there in PostgreSQL 17
            : "SELECT checkpoints_timed + checkpoints_req FROM pg_stat_bgwriter")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      return -1;
    }
  }

  boolean external() {
    String env = System.getenv("TEIA_TEST_DB_URL");
    return env != null && !env.isBlank();
  }
}
