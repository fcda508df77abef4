package br.org.teia.kernel.tenancy.internal;

import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.changelog.ChangeLogParameters;

/**
 * Thin, synchronised access to Liquibase. Liquibase keeps JVM-wide state (lock service and
 * history caches keyed loosely by database) that misbehaves when several schemas run in parallel,
 * so every call into it here is serialised; parallel tenant work replays generated SQL instead.
 */
public final class LiquibaseRunner {

  private static final Object LIQUIBASE = new Object();

  private LiquibaseRunner() {}

  public static ResourceAccessor resources() {
    return new ClassLoaderResourceAccessor(LiquibaseRunner.class.getClassLoader());
  }

  /** Plain Liquibase update of one schema, which keeps its own changelog tables. */
  public static void update(DataSource dataSource, String changelog, String schema) {
    synchronized (LIQUIBASE) {
      try (Connection connection = dataSource.getConnection()) {
        Database database = database(connection, schema);
        new Liquibase(changelog, resources(), database).update(new Contexts(), new LabelExpression());
      } catch (SQLException | LiquibaseException e) {
        throw new TenantMigrationException("Liquibase update of " + schema + " failed: " + e.getMessage(), e);
      }
    }
  }

  /** Liquibase update of one schema applying only the first {@code count} pending changesets. */
  public static void update(DataSource dataSource, String changelog, String schema, int count) {
    synchronized (LIQUIBASE) {
      try (Connection connection = dataSource.getConnection()) {
        Database database = database(connection, schema);
        new Liquibase(changelog, resources(), database).update(count, new Contexts(), new LabelExpression());
      } catch (SQLException | LiquibaseException e) {
        throw new TenantMigrationException("Liquibase update of " + schema + " failed: " + e.getMessage(), e);
      }
    }
  }

  /**
   * The SQL Liquibase would run to bring {@code schema} up to date, table names left unqualified
   * so the script can be replayed in any schema with the same applied changesets.
   */
  public static String updateSql(DataSource dataSource, String changelog, String schema) {
    synchronized (LIQUIBASE) {
      try (Connection connection = dataSource.getConnection()) {
        // Leaving the schema out of the output also leaves it out of Liquibase's own reads of the
        // schema's history (SELECT ... FROM databasechangelog): point the connection at the schema
        // while Liquibase works, then back where the pool had it.
        String pooledSearchPath = searchPath(connection);
        setSearchPath(connection, SchemaScripts.quoted(schema));
        try {
          Database database = database(connection, schema);
          database.setOutputDefaultSchema(false);
          StringWriter out = new StringWriter();
          new Liquibase(changelog, resources(), database).updateSql(new Contexts(), new LabelExpression(), out);
          return out.toString();
        } finally {
          // Liquibase turned auto-commit off: end its (read-only) transaction first, or the pool's
          // rollback on return would undo the reset and leave the connection in a tenant schema.
          if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
          }
          setSearchPath(connection, pooledSearchPath);
        }
      } catch (SQLException | LiquibaseException e) {
        throw new TenantMigrationException("Liquibase could not generate SQL for " + schema + ": " + e.getMessage(), e);
      }
    }
  }

  /** Parses the changelog (no database needed) to learn which changesets it holds. */
  public static DatabaseChangeLog parse(String changelog) {
    synchronized (LIQUIBASE) {
      try {
        ResourceAccessor resources = resources();
        return ChangeLogParserFactory.getInstance().getParser(changelog, resources)
            .parse(changelog, new ChangeLogParameters(), resources);
      } catch (LiquibaseException e) {
        throw new TenantMigrationException("cannot parse " + changelog + ": " + e.getMessage(), e);
      }
    }
  }

  public static void execute(DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new TenantMigrationException(e.getMessage(), e);
    }
  }

  private static String searchPath(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        var rs = statement.executeQuery("SELECT current_setting('search_path')")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void setSearchPath(Connection connection, String searchPath) throws SQLException {
    try (var statement = connection.prepareStatement("SELECT set_config('search_path', ?, false)")) {
      statement.setString(1, searchPath);
      statement.execute();
    }
  }

  private static Database database(Connection connection, String schema) throws LiquibaseException {
    Database database = DatabaseFactory.getInstance()
        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
    database.setDefaultSchemaName(schema);
    database.setLiquibaseSchemaName(schema);
    return database;
  }
}
