package br.org.teia.kernel.tenancy.internal;

import br.org.teia.kernel.tenancy.TenantId;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pool for every tenant: a borrowed connection is pointed at the tenant schema with
 * {@code SET search_path} and pointed back at the empty {@value #NO_TENANT} schema when returned,
 * so the next borrower never inherits a tenant.
 *
 * <p>The SET runs in auto-commit mode, before Hibernate opens its transaction: a rollback cannot
 * undo it. A connection that cannot be reset is evicted from the pool rather than reused.
 */
public final class SchemaPerTenantConnectionProvider implements MultiTenantConnectionProvider<String> {

  /** An empty schema: unqualified SQL run outside a tenant finds no table. */
  public static final String NO_TENANT = "teia_no_tenant";

  private static final Logger log = LoggerFactory.getLogger(SchemaPerTenantConnectionProvider.class);

  private final transient DataSource dataSource;

  public SchemaPerTenantConnectionProvider(DataSource dataSource) {
    this.dataSource = dataSource;
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
    Connection connection = dataSource.getConnection();
    try {
      pointAt(connection, schema);
      return connection;
    } catch (SQLException | RuntimeException e) {
      discard(connection);
      throw e;
    }
  }

  @Override
  public void releaseConnection(String schema, Connection connection) throws SQLException {
    try {
      pointAt(connection, NO_TENANT);
    } catch (SQLException | RuntimeException e) {
      log.warn("could not reset search_path after {}, evicting the connection", schema, e);
      discard(connection);
      return;
    }
    connection.close();
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

  private void discard(Connection connection) {
    try {
      if (dataSource instanceof HikariDataSource hikari) {
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
