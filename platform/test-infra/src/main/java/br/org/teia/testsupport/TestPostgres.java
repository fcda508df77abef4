package br.org.teia.testsupport;

import br.org.teia.embeddedpostgres.DatabaseRoles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One real PostgreSQL database per test JVM. With {@code TEIA_TEST_DB_URL} set (e.g. the local
 * service: {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}) a fresh database is
 * created there and dropped at exit; otherwise an embedded PostgreSQL is started (zonky).
 *
 * <p>As the application runs (ADR 0011), every database comes with its two roles, made by the
 * same script ({@code infra/db-roles.sql}): the owner, which builds and migrates the schemas, and
 * the least-privileged application role the application's DataSource signs in as. So every test
 * proves the application works with that role. The superuser that made them ({@link #user()},
 * {@link #connect()}) is for tests that look at the database from outside.
 */
public final class TestPostgres {

  private static volatile TestPostgres instance;
  /** Databases made by {@link #createDatabase}, dropped at exit before the JVM's own database. */
  private static final List<Database> EXTRA_DATABASES = new CopyOnWriteArrayList<>();

  /** A role and its password. */
  public record Login(String user, String password) {

    static Login generated(String user) {
      return new Login(user, DatabaseRoles.Login.generated(user).password());
    }

    DatabaseRoles.Login asRole() {
      return new DatabaseRoles.Login(user, password);
    }

    @Override
    public String toString() {
      return user;
    }
  }

  /** A database with its owner and application roles; {@code admin} is the superuser that made them. */
  public record Database(String name, String url, Login admin, Login owner, Login app) {

    /** The settings that point Teia at this database: the application role, and the owner for schema work. */
    public Map<String, String> properties() {
      return Map.of(
          "spring.datasource.url", url,
          "spring.datasource.username", app.user(),
          "spring.datasource.password", app.password(),
          "teia.datasource.owner.username", owner.user(),
          "teia.datasource.owner.password", owner.password());
    }

    /** {@link #properties()} as command-line arguments ({@code --key=value}). */
    public List<String> arguments() {
      List<String> arguments = new ArrayList<>();
      properties().forEach((key, value) -> arguments.add("--" + key + "=" + value));
      return arguments;
    }

    public Connection connect(Login login) throws SQLException {
      return DriverManager.getConnection(url, login.user(), login.password());
    }

    /** As the superuser: a look from outside, or a set-up no role of the application may do. */
    public Connection connectAsAdmin() throws SQLException {
      return connect(admin);
    }
  }

  private final Database database;

  private TestPostgres(Database database) {
    this.database = database;
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

  /** The test JVM's database, which every Spring test context uses (TestDatabaseInitializer). */
  public Database database() {
    return database;
  }

  public String jdbcUrl() {
    return database.url();
  }

  /** The superuser. */
  public String user() {
    return database.admin().user();
  }

  /** As the superuser, to the test JVM's database. */
  public Connection connect() throws SQLException {
    return database.connectAsAdmin();
  }

  /**
   * One more fresh database on the same server, with its own two roles, for a test that needs a
   * state of its own (e.g. tenants on another changelog than the shared test context's); dropped
   * at exit with its roles.
   */
  public Database createDatabase(String prefix) {
    if (!prefix.matches("[a-z][a-z0-9_]{0,40}")) {
      throw new IllegalArgumentException("bad database prefix " + prefix);
    }
    String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    try (Connection c = connect(); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    Database created = withRoles(name, withDatabase(database.url(), name), database.admin(), name + "_owner", name + "_app");
    EXTRA_DATABASES.add(created);
    return created;
  }

  private static volatile Database extraServer;

  /**
   * A second PostgreSQL server (embedded, zonky, whatever the first one is), with Teia's two roles
   * made by infra/db-roles.sql, started once per JVM and stopped at exit: for tests of municipalities
   * spread over several database servers (ADR 0024).
   */
  public static Database extraServer() {
    if (extraServer == null) {
      synchronized (TestPostgres.class) {
        if (extraServer == null) {
          try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
              try {
                postgres.close();
              } catch (IOException ignored) {
                // the JVM is going away anyway
              }
            }));
            extraServer = withRoles("postgres", embeddedUrl(postgres), new Login("postgres", ""), "teia_owner", "teia_app");
          } catch (IOException e) {
            throw new UncheckedIOException("cannot start a second embedded PostgreSQL", e);
          }
        }
      }
    }
    return extraServer;
  }

  /**
   * The embedded server's URL without zonky's {@code ?user=postgres}: in the URL that parameter wins
   * over the user a pool or {@link Database#connect} passes, so every role would sign in as the
   * superuser, and the application refuses to run as one (ADR 0011).
   */
  static String embeddedUrl(EmbeddedPostgres postgres) {
    return withoutParameters(postgres.getJdbcUrl("postgres", "postgres"));
  }

  static String withoutParameters(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  private static String withDatabase(String url, String database) {
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    String params = query < 0 ? "" : url.substring(query);
    return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
  }

  /** The two roles, by the script an operator runs, on the new database. */
  private static Database withRoles(String name, String url, Login admin, String owner, String app) {
    Database database = new Database(name, url, admin, Login.generated(owner), Login.generated(app));
    try (Connection c = database.connectAsAdmin()) {
      DatabaseRoles.create(c, database.owner().asRole(), database.app().asRole());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the roles of test database " + name, e);
    }
    return database;
  }

  private static TestPostgres start() {
    String external = System.getenv("TEIA_TEST_DB_URL");
    if (external != null && !external.isBlank()) {
      return createDatabaseOn(external.strip());
    }
    return embedded();
  }

  /**
   * Set (to {@code true}) by the benchmarks: the embedded server then runs as the application's own
   * embedded database does (fsync and synchronous_commit on), not with zonky's test defaults (both off).
   */
  public static final String DURABLE = "teia.test.db.durable";

  /** A new embedded PostgreSQL (zonky), stopped at exit, with Teia's two roles under their own names. */
  static TestPostgres embedded() {
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
      if (Boolean.getBoolean(DURABLE)) {
        builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
      }
      EmbeddedPostgres postgres = builder.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (IOException ignored) {
          // the JVM is going away anyway
        }
      }));
      // A server of its own: the roles can have the application's names.
      return new TestPostgres(withRoles("postgres", embeddedUrl(postgres), new Login("postgres", ""), "teia_owner",
          "teia_app"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
    }
  }

  /**
   * A database of this JVM on a shared server. Roles belong to the whole server, so they carry the
   * database's name ({@code <database>_owner}, {@code <database>_app}) and go with it at exit; roles
   * whose database is gone (a JVM killed before its exit) are dropped here.
   */
  private static TestPostgres createDatabaseOn(String adminUrl) {
    String name = "teia_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    Login admin = new Login(System.getenv().getOrDefault("TEIA_TEST_DB_USER", "postgres"), "");
    try (Connection c = DriverManager.getConnection(adminUrl, admin.user(), admin.password());
        Statement st = c.createStatement()) {
      dropOrphanRoles(st);
      st.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database on " + adminUrl, e);
    }
    Database database = withRoles(name, withDatabase(adminUrl, name), admin, name + "_owner", name + "_app");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> dropAtExit(adminUrl, admin, database), "drop-test-databases"));
    return new TestPostgres(database);
  }

  /**
   * Sends the DROP DATABASE of this JVM's databases and lets the JVM go once the server is at it,
   * without waiting for the end: PostgreSQL drops a database only after a checkpoint (every dirty page
   * of the whole server written and synced), seconds on a quiet machine and over a minute on a busy
   * shared one, and each test JVM's exit waited for it (surefire kills a fork still exiting after 30 s,
   * leaving the database behind). The server finishes a statement it has begun whether or not its client
   * is still there; the roles, which need the database gone, go with the next JVM ({@link #dropOrphanRoles}).
   */
  private static void dropAtExit(String adminUrl, Login admin, Database database) {
    List<Database> all = new ArrayList<>(EXTRA_DATABASES);
    all.add(database);
    List<Thread> drops = new ArrayList<>();
    for (Database each : all) {
      drops.add(Thread.ofPlatform().daemon().name("drop-" + each.name()).start(() -> {
        try (Connection c = DriverManager.getConnection(adminUrl, admin.user(), admin.password());
            Statement st = c.createStatement()) {
          drop(st, each);
        } catch (SQLException ignored) {
          // best effort: a leftover test database is harmless
        }
      }));
    }
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    try (Connection c = DriverManager.getConnection(adminUrl, admin.user(), admin.password());
        Statement st = c.createStatement()) {
      while (System.nanoTime() < deadline && drops.stream().anyMatch(Thread::isAlive)) {
        boolean underWay = true;
        for (Database each : all) {
          try (ResultSet rs = st.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '"
              + each.name() + "') OR EXISTS (SELECT 1 FROM pg_stat_activity WHERE state = 'active'"
              + " AND query LIKE 'DROP DATABASE IF EXISTS " + each.name() + " %')")) {
            rs.next();
            underWay &= rs.getBoolean(1);
          }
        }
        if (underWay) {
          return;
        }
        Thread.sleep(20);
      }
    } catch (SQLException | InterruptedException ignored) {
      // the drops go on, or the databases stay: harmless either way
    }
  }

  private static void drop(Statement st, Database database) throws SQLException {
    st.execute("DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)");
    st.execute("DROP ROLE IF EXISTS " + database.owner().user() + ", " + database.app().user());
  }

  private static void dropOrphanRoles(Statement st) {
    List<String> orphans = new ArrayList<>();
    try (ResultSet rs = st.executeQuery("""
        SELECT rolname FROM pg_roles WHERE rolname ~ '^teia_[a-z0-9_]*_[0-9a-f]{8,12}_(owner|app)$'
          AND regexp_replace(rolname, '_(owner|app)$', '') NOT IN (SELECT datname FROM pg_database)""")) {
      while (rs.next()) {
        orphans.add(rs.getString(1));
      }
    } catch (SQLException e) {
      return; // tidying only
    }
    for (String role : orphans) {
      try {
        st.execute("DROP ROLE IF EXISTS " + role);
      } catch (SQLException ignored) {
        // another JVM dropped it first, or it still owns something elsewhere
      }
    }
  }
}
