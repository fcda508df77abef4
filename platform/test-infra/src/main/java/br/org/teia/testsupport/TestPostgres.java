package br.org.teia.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One real PostgreSQL database per test JVM. With {@code TEIA_TEST_DB_URL} set (e.g. the local
 * service: {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}) a fresh database is
 * created there and dropped at exit; otherwise an embedded PostgreSQL is started (zonky).
 */
public final class TestPostgres {

  private static volatile TestPostgres instance;
  /** Databases made by {@link #createDatabase}, dropped at exit before the JVM's own database. */
  private static final List<String> EXTRA_DATABASES = new CopyOnWriteArrayList<>();

  private final String jdbcUrl;
  private final String user;

  private TestPostgres(String jdbcUrl, String user) {
    this.jdbcUrl = jdbcUrl;
    this.user = user;
  }

  public static TestPostgres get() {
    if (instance == null) {
      synchronized (TestPostgres.class) {
        if (instance == null) {
          instance = start();
        }
      }
    }
    return instance;
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  public String user() {
    return user;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, user, "");
  }

  /**
   * One more fresh database on the same server, for a test that needs a state of its own (e.g.
   * tenants on another changelog than the shared test context's); dropped at exit. Returns its
   * JDBC URL (same user, no password).
   */
  public String createDatabase(String prefix) {
    if (!prefix.matches("[a-z][a-z0-9_]{0,40}")) {
      throw new IllegalArgumentException("bad database prefix " + prefix);
    }
    String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    try (Connection c = connect(); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    EXTRA_DATABASES.add(name);
    return withDatabase(jdbcUrl, name);
  }

  private static String withDatabase(String url, String database) {
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    String params = query < 0 ? "" : url.substring(query);
    return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
  }

  private static TestPostgres start() {
    String external = System.getenv("TEIA_TEST_DB_URL");
    if (external != null && !external.isBlank()) {
      return createDatabaseOn(external.strip());
    }
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (IOException ignored) {
          // the JVM is going away anyway
        }
      }));
      return new TestPostgres(postgres.getJdbcUrl("postgres", "postgres"), "postgres");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
    }
  }

  private static TestPostgres createDatabaseOn(String adminUrl) {
    String name = "teia_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String user = System.getenv().getOrDefault("TEIA_TEST_DB_USER", "postgres");
    try (Connection admin = DriverManager.getConnection(adminUrl, user, "");
        Statement st = admin.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database on " + adminUrl, e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try (Connection admin = DriverManager.getConnection(adminUrl, user, "");
          Statement st = admin.createStatement()) {
        for (String extra : EXTRA_DATABASES) {
          st.execute("DROP DATABASE IF EXISTS " + extra + " WITH (FORCE)");
        }
        st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      } catch (SQLException ignored) {
        // best effort: a leftover teia_it_* database is harmless
      }
    }));
    return new TestPostgres(withDatabase(adminUrl, name), user);
  }
}
