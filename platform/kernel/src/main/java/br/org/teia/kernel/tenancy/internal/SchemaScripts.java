package br.org.teia.kernel.tenancy.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import br.org.teia.kernel.tenancy.DatabaseServers;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * SQL-level work on tenant schemas. Liquibase generates the script once per starting state (for a
 * new schema: once per changelog version); each schema then replays it in <em>one</em> transaction
 * together with its catalogue update. PostgreSQL DDL is transactional, so a crash leaves a schema
 * either untouched or complete, and the script's own Liquibase bookkeeping (changelog rows, lock
 * row) keeps later plain Liquibase runs correct. All of it runs as the owner role; the same transaction
 * sets the schema's default privileges before the script, so each table is the application role's
 * as it is created (ADR 0011), with no per-schema scan of the catalogue.
 */
@Component
public class SchemaScripts {

  /** Kept migrated by plain Liquibase: the reference every tenant schema is verified against. */
  public static final String TEMPLATE = "teia_template";
  private static final String SCRATCH = "teia_scratch";
  private static final Logger log = LoggerFactory.getLogger(SchemaScripts.class);

  private final DataSource dataSource;
  private final TenantChangelog changelog;
  private final ApplicationRole application;
  /** The application role of this instance's server. */
  private final String applicationRole;
  /** Null on the main server; elsewhere the main server's scripts, whose template is the reference. */
  private final SchemaScripts reference;
  private final String serverKey;
  private volatile Baseline baseline;

  @org.springframework.beans.factory.annotation.Autowired
  public SchemaScripts(@Qualifier(SchemaOwnerConfiguration.OWNER_DATA_SOURCE) DataSource owner,
      TenantChangelog changelog, ApplicationRole application) {
    this(owner, changelog, application, application.name(), null, DatabaseServers.MAIN);
  }

  private SchemaScripts(DataSource owner, TenantChangelog changelog, ApplicationRole application,
      String applicationRole, SchemaScripts reference, String serverKey) {
    this.dataSource = owner;
    this.changelog = changelog;
    this.application = application;
    this.applicationRole = applicationRole;
    this.reference = reference;
    this.serverKey = serverKey;
  }

  /**
   * The same work on another database server (ADR 0024): as that server's owner role, granting that
   * server's application role; the template and the baseline stay on the main server, the one reference.
   */
  public SchemaScripts on(DatabaseServers.Server server) {
    if (server.key().equals(serverKey)) {
      return this;
    }
    SchemaScripts main = reference == null ? this : reference;
    if (server.key().equals(DatabaseServers.MAIN)) {
      return main;
    }
    return new SchemaScripts(server.owner(), changelog, application, server.applicationRole(), main, server.key());
  }

  /** The server this instance works on. */
  public String serverKey() {
    return serverKey;
  }

  /** The script that builds a new schema, and the tables and sequences such a schema holds. */
  public record Baseline(String version, String script, Set<String> tables, Set<String> sequences) {}

  public Baseline baseline() {
    if (reference != null) {
      return reference.baseline();
    }
    Baseline current = baseline;
    if (current == null || !current.version().equals(changelog.version())) {
      synchronized (this) {
        current = baseline;
        if (current == null || !current.version().equals(changelog.version())) {
          current = buildBaseline();
          baseline = current;
        }
      }
    }
    return current;
  }

  private Baseline buildBaseline() {
    long start = System.nanoTime();
    if (!appliedChangeSets(TEMPLATE).equals(new TreeSet<>(changelog.changeSetIds()))) {
      LiquibaseRunner.execute(dataSource, "DROP SCHEMA IF EXISTS " + TEMPLATE + " CASCADE; CREATE SCHEMA " + TEMPLATE);
      LiquibaseRunner.update(dataSource, changelog.path(), TEMPLATE);
    }
    LiquibaseRunner.execute(dataSource, "DROP SCHEMA IF EXISTS " + SCRATCH + " CASCADE; CREATE SCHEMA " + SCRATCH);
    String script;
    try {
      script = scriptFor(SCRATCH);
    } finally {
      LiquibaseRunner.execute(dataSource, "DROP SCHEMA IF EXISTS " + SCRATCH + " CASCADE");
    }
    Set<String> tables = tables(TEMPLATE);
    Set<String> sequences = sequences(TEMPLATE);
    log.info("tenant baseline {} ready: {} tables, script of {} chars, in {} ms", changelog.version(),
        tables.size(), script.length(), (System.nanoTime() - start) / 1_000_000);
    return new Baseline(changelog.version(), script, Set.copyOf(tables), Set.copyOf(sequences));
  }

  /** What Liquibase would run to bring {@code schema} up to date, replayable in a twin schema. */
  public String scriptFor(String schema) {
    String script = LiquibaseRunner.updateSql(dataSource, changelog.path(), schema);
    if (script.contains(schema + ".") || script.contains(schema + "\"")) {
      // Replaying would write into the wrong schema: refuse rather than guess.
      throw new TenantMigrationException("generated SQL names schema " + schema + "; changesets must not name a schema");
    }
    return script;
  }

  /**
   * Replays {@code script} in {@code schema} in one transaction, after {@code before} (e.g. CREATE
   * SCHEMA) and the schema's default privileges (so every table the script creates is granted as it
   * is created, in a schema built before them too), followed by the schema's USAGE, Liquibase's
   * tables revoked and {@code after} (the catalogue update), so all of it lands or none does.
   */
  public void replay(String schema, String before, String script, String after, Object... afterParams) {
    inTransaction(schema, connection -> {
      try (Statement statement = connection.createStatement()) {
        if (before != null) {
          statement.execute(before);
        }
        statement.execute("SET LOCAL search_path TO " + schema);
        statement.execute(ApplicationRole.tenantDefaults(schema, applicationRole));
        statement.execute(script);
        statement.execute(ApplicationRole.tenantAccess(schema, applicationRole));
      }
      if (after != null) {
        try (PreparedStatement update = connection.prepareStatement(after)) {
          for (int i = 0; i < afterParams.length; i++) {
            update.setObject(i + 1, afterParams[i]);
          }
          update.executeUpdate();
        }
      }
    });
  }

  /** The application role's grants on the platform schema, after every platform migration. */
  public void grantPlatform(String schema) {
    execute(schema, application.platformGrants(schema));
  }

  /**
   * Grants the tenant schemas the application role cannot use at all (built before the roles were
   * split); one lookup in pg_namespace, cheap however many schemas there are.
   */
  public int grantUngrantedTenantSchemas() {
    Set<String> ungranted = names("tenant schemas", ApplicationRole.UNGRANTED_TENANT_SCHEMAS, application.name());
    for (String schema : ungranted) {
      inTransaction(schema, connection -> grant(connection, schema));
    }
    if (!ungranted.isEmpty()) {
      log.info("granted the application role {} {} tenant schemas it could not use", application.name(), ungranted.size());
    }
    return ungranted.size();
  }

  /** Which tables of a tenant schema (of the template's, Liquibase's left aside) the application role cannot read and write. */
  public Set<String> ungrantedTables(String schema) {
    Object[] tables = baseline().tables().stream().filter(t -> !ApplicationRole.isLiquibaseTable(t)).toArray();
    return names(schema, ApplicationRole.UNGRANTED_TABLES, tables, schema, applicationRole);
  }

  /** Grants the application role the schema's tables again if it lacks any (e.g. revoked by hand); whether it did. */
  public boolean grantIfIncomplete(String schema) {
    if (ungrantedTables(schema).isEmpty()) {
      return false;
    }
    inTransaction(schema, connection -> grant(connection, schema));
    return true;
  }

  /**
   * Everything the application role is granted on an existing tenant schema, on {@code connection}
   * (the caller's transaction): the default privileges, USAGE, and the template's tables and
   * sequences the schema holds, named one by one (found by name, no scan of pg_class); nothing on
   * Liquibase's tables. For a schema whose grants were lost, or whose tables were made without the
   * default privileges (a restore's scratch schema, a schema built before the roles were split).
   */
  public void grant(Connection connection, String schema) throws SQLException {
    Baseline baseline = baseline();
    List<String> tables = new java.util.ArrayList<>();
    List<String> sequences = new java.util.ArrayList<>();
    try (PreparedStatement existing = connection.prepareStatement("""
        SELECT c.relname, c.relkind = 'S' FROM unnest(?::text[]) AS t(name)
          JOIN pg_class c ON c.oid = to_regclass(format('%I.%I', ?::text, t.name))""")) {
      Set<String> names = new TreeSet<>(baseline.tables());
      names.addAll(baseline.sequences());
      existing.setArray(1, connection.createArrayOf("text", names.toArray()));
      existing.setString(2, schema);
      try (ResultSet rs = existing.executeQuery()) {
        while (rs.next()) {
          (rs.getBoolean(2) ? sequences : tables).add(rs.getString(1));
        }
      }
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(ApplicationRole.tenantDefaults(schema, applicationRole) + "; "
          + ApplicationRole.tenantGrantsOn(schema, applicationRole, tables, sequences)
          + ApplicationRole.tenantAccess(schema, applicationRole));
    }
  }

  public boolean schemaExists(String schema) {
    return query("SELECT 1 FROM pg_namespace WHERE nspname = ?", schema, rs -> true, false);
  }

  /** Changeset ids recorded in the schema's own Liquibase table (empty if it has none). */
  public Set<String> appliedChangeSets(String schema) {
    if (!relationExists(schema, "databasechangelog")) {
      return new TreeSet<>();
    }
    return names(schema, "SELECT id FROM " + quoted(schema) + ".databasechangelog");
  }

  /** Whether a Liquibase lock row of the schema is still held (e.g. after a crash of plain Liquibase). */
  public boolean lockHeld(String schema) {
    if (!relationExists(schema, "databasechangeloglock")) {
      return false;
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + quoted(schema) + ".databasechangeloglock WHERE locked")) {
      rs.next();
      return rs.getInt(1) > 0;
    } catch (SQLException e) {
      throw new TenantMigrationException(schema + ": " + e.getMessage(), e);
    }
  }

  /**
   * A lookup by name (index on pg_class), cheap however many schemas the database holds; listing
   * a schema's relations instead scans all of pg_class, some 250,000 rows with 853 tenants.
   */
  private boolean relationExists(String schema, String relation) {
    return query("SELECT to_regclass(?) IS NOT NULL", quoted(schema) + "." + relation, rs -> rs.getBoolean(1), false);
  }

  /** Which of {@code expected} are not tables of the schema, by one index lookup per name. */
  public Set<String> missingTables(String schema, Set<String> expected) {
    return names(schema, MISSING_TABLES, expected.toArray(), schema);
  }

  /** Which of the given tables (parameters: table names, schema) are not tables of the schema. */
  private static final String MISSING_TABLES = """
      SELECT t.name FROM unnest(?::text[]) AS t(name)
      WHERE NOT EXISTS (SELECT 1 FROM pg_class c
        WHERE c.relname = t.name AND c.relkind IN ('r', 'p')
          AND c.relnamespace = (SELECT n.oid FROM pg_namespace n WHERE n.nspname = ?))""";

  /** Every table of the schema. Scans pg_class: for diagnostics and tests, not per tenant in bulk. */
  public Set<String> tables(String schema) {
    return names(schema, """
        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = ? AND c.relkind IN ('r', 'p')""", schema);
  }

  /** Every sequence of the schema. Scans pg_class: once per baseline, not per tenant. */
  public Set<String> sequences(String schema) {
    return names(schema, """
        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = ? AND c.relkind = 'S'""", schema);
  }

  /**
   * What is wrong with a tenant schema compared with the changelog and the template; empty if nothing.
   * Two statements on one connection, each made of index lookups, whatever the number of schemas:
   * migrate-all runs this for every tenant (5,570 for the whole country), where seven statements on
   * as many borrowed connections, as this did, were most of its verifying time.
   */
  public List<String> verify(String schema) {
    String quoted = quoted(schema);
    Object[] tables = baseline().tables().toArray();
    Object[] granted = baseline().tables().stream().filter(t -> !ApplicationRole.isLiquibaseTable(t)).toArray();
    try (Connection connection = dataSource.getConnection()) {
      boolean exists;
      boolean changelogTable;
      boolean lockTable;
      Set<String> missingTables = new TreeSet<>();
      Set<String> ungranted = new TreeSet<>();
      try (PreparedStatement lookup = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = ?),"
          + " to_regclass(? || '.databasechangelog') IS NOT NULL, to_regclass(? || '.databasechangeloglock') IS NOT NULL,"
          + " ARRAY(" + MISSING_TABLES + "), ARRAY(" + ApplicationRole.UNGRANTED_TABLES + ")")) {
        lookup.setString(1, schema);
        lookup.setString(2, quoted);
        lookup.setString(3, quoted);
        lookup.setArray(4, connection.createArrayOf("text", tables));
        lookup.setString(5, schema);
        lookup.setArray(6, connection.createArrayOf("text", granted));
        lookup.setString(7, schema);
        lookup.setString(8, applicationRole);
        try (ResultSet rs = lookup.executeQuery()) {
          rs.next();
          exists = rs.getBoolean(1);
          changelogTable = rs.getBoolean(2);
          lockTable = rs.getBoolean(3);
          missingTables.addAll(List.of((String[]) rs.getArray(4).getArray()));
          ungranted.addAll(List.of((String[]) rs.getArray(5).getArray()));
        }
      }
      if (!exists) {
        return List.of("schema " + schema + " does not exist");
      }
      Set<String> missingIds = new TreeSet<>(changelog.changeSetIds());
      boolean lockHeld = false;
      if (changelogTable || lockTable) {
        try (Statement statement = connection.createStatement();
            ResultSet rs = statement.executeQuery("SELECT "
                + (changelogTable ? "ARRAY(SELECT id FROM " + quoted + ".databasechangelog)" : "ARRAY[]::text[]") + ", "
                + (lockTable ? "EXISTS (SELECT 1 FROM " + quoted + ".databasechangeloglock WHERE locked)" : "false"))) {
          rs.next();
          missingIds.removeAll(List.of((String[]) rs.getArray(1).getArray()));
          lockHeld = rs.getBoolean(2);
        }
      }
      List<String> problems = new java.util.ArrayList<>();
      if (!missingIds.isEmpty()) {
        problems.add("changesets missing: " + missingIds);
      }
      if (!missingTables.isEmpty()) {
        problems.add("tables missing: " + missingTables);
      }
      if (!ungranted.isEmpty()) {
        problems.add("tables the application role " + applicationRole + " cannot read and write: " + ungranted);
      }
      if (lockHeld) {
        problems.add("Liquibase lock still held");
      }
      return problems;
    } catch (SQLException e) {
      throw new TenantMigrationException(schema + ": " + e.getMessage(), e);
    }
  }

  /** The first column of every row, as a sorted set; an Object[] parameter is passed as a text[]. */
  private Set<String> names(String context, String sql, Object... params) {
    Set<String> names = new TreeSet<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i] instanceof Object[] array ? connection.createArrayOf("text", array) : params[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new TenantMigrationException(context + ": " + e.getMessage(), e);
    }
    return names;
  }

  private void execute(String context, String sql) {
    inTransaction(context, connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute(sql);
      }
    });
  }

  /** SQL work on one owner connection. */
  public interface Work {
    void run(Connection connection) throws SQLException;
  }

  /** One transaction on an owner's connection: all of {@code work} lands or none of it. */
  public void inTransaction(String context, Work work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        work.run(connection);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new TenantMigrationException(context + ": " + e.getMessage(), e);
    }
  }

  private <T> T query(String sql, String param, ResultMapper<T> mapper, T whenEmpty) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, param);
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next() ? mapper.map(rs) : whenEmpty;
      }
    } catch (SQLException e) {
      throw new TenantMigrationException(e.getMessage(), e);
    }
  }

  private interface ResultMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  static String quoted(String schema) {
    if (!schema.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("bad schema name " + schema);
    }
    return schema;
  }
}
