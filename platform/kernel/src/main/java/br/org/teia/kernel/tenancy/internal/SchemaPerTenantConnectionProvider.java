package br.org.teia.kernel.tenancy.internal;

import br.org.teia.kernel.tenancy.DatabaseServers;
import br.org.teia.kernel.tenancy.TenantId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pool per database server (ADR 0024; with one server, one pool for every tenant): a borrowed connection is pointed at the tenant schema with
 * {@code SET search_path} and pointed back at the empty {@value #NO_TENANT} schema when returned,
 * so the next borrower never inherits a tenant. With several servers the connection comes from the
 * pool of the server the catalogue names for the tenant ({@link DatabaseServers#route}); while its
 * municipality is being moved it is also made read-only ({@code default_transaction_read_only}), and
 * made writable again when returned.
 *
 * <p>The SET runs in auto-commit mode, before Hibernate opens its transaction: a rollback cannot
 * undo it. A connection that cannot be reset is evicted from the pool rather than reused.
 */
public final class SchemaPerTenantConnectionProvider implements MultiTenantConnectionProvider<String> {

  /** An empty schema: unqualified SQL run outside a tenant finds no table. */
  public static final String NO_TENANT = "teia_no_tenant";

  private static final Logger log = LoggerFactory.getLogger(SchemaPerTenantConnectionProvider.class);

  private final transient DataSource dataSource;
  /** Null with one server: then nothing is looked up and every connection is the main pool's. */
  private final transient DatabaseServers servers;
  /** With several servers: the pool each borrowed connection came from, to evict it there. */
  private final transient Map<Connection, DataSource> borrowedFrom = new ConcurrentHashMap<>();

  public SchemaPerTenantConnectionProvider(DataSource dataSource) {
    this(dataSource, null);
  }

  public SchemaPerTenantConnectionProvider(DataSource dataSource, DatabaseServers servers) {
    this.dataSource = dataSource;
    this.servers = servers == null || servers.single() ? null : servers;
  }

  @Override
  public Connection getAnyConnection() throws SQLException {
    return dataSource.getConnection();
  }

  @Override
  public void releaseAnyConnection(Connection connection) throws SQLException {
    connection.close();
  }

  @Override
  public Connection getConnection(String schema) throws SQLException {
    if (servers == null) {
      Connection connection = dataSource.getConnection();
      try {
        pointAt(connection, schema);
        return connection;
      } catch (SQLException | RuntimeException e) {
        discard(connection, dataSource);
        throw e;
      }
    }
    requireSchema(schema);
    DatabaseServers.Route route = servers.route(schema);
    DataSource pool = route.server().application();
    Connection connection = pool.getConnection();
    try {
      pointAt(connection, schema, route.readOnly());
      borrowedFrom.put(connection, pool);
      return connection;
    } catch (SQLException | RuntimeException e) {
      discard(connection, pool);
      throw e;
    }
  }

  @Override
  public void releaseConnection(String schema, Connection connection) throws SQLException {
    DataSource pool = servers == null ? dataSource : borrowedFrom.remove(connection);
    try {
      if (servers == null) {
        pointAt(connection, NO_TENANT);
      } else {
        pointAt(connection, NO_TENANT, false);
      }
    } catch (SQLException | RuntimeException e) {
      log.warn("could not reset search_path after {}, evicting the connection", schema, e);
      discard(connection, pool);
      return;
    }
    connection.close();
  }

  /** Points the connection at the schema and sets whether its transactions may write (several servers only). */
  static void pointAt(Connection connection, String schema, boolean readOnly) throws SQLException {
    requireSchema(schema);
    if (!connection.getAutoCommit()) {
      connection.setAutoCommit(true);
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET search_path TO " + schema + "; SET default_transaction_read_only = " + (readOnly ? "on" : "off"));
    }
  }

  private static void requireSchema(String schema) {
    if (!NO_TENANT.equals(schema) && !TenantId.isTenantSchema(schema)) {
      throw new IllegalArgumentException("not a tenant schema: " + schema);
    }
  }

  static void pointAt(Connection connection, String schema) throws SQLException {
    if (!NO_TENANT.equals(schema) && !TenantId.isTenantSchema(schema)) {
      throw new IllegalArgumentException("not a tenant schema: " + schema);
    }
    if (!connection.getAutoCommit()) {
      // Only a fresh or committed connection is handed out; keep the SET outside any transaction.
      connection.setAutoCommit(true);
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET search_path TO " + schema); // validated above: never user text
    }
  }

  private static void discard(Connection connection, DataSource pool) {
    try {
      if (pool instanceof HikariDataSource hikari) {
        hikari.evictConnection(connection);
      } else {
        connection.close();
      }
    } catch (Exception e) {
      log.debug("closing a broken connection failed", e);
    }
  }

  @Override
  public boolean supportsAggressiveRelease() {
    return false;
  }

  @Override
  public boolean isUnwrappableAs(Class<?> type) {
    return type.isInstance(this);
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    if (isUnwrappableAs(type)) {
      return type.cast(this);
    }
    throw new IllegalArgumentException("cannot unwrap to " + type);
  }
}
