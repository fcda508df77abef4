package br.org.teia.kernel.tenancy.internal;

import br.org.teia.kernel.TeiaException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A PostgreSQL advisory lock held on its own connection for the length of a schema operation:
 * migrate-all takes it exclusively, onboarding shared. PostgreSQL drops it with the connection,
 * so a process killed half-way (kill -9) never leaves it held.
 */
public final class MigrationLock implements AutoCloseable {

  private static final long KEY = 0x7e1a_5c4e_0001L;

  private final Connection connection;
  private final boolean shared;

  private MigrationLock(Connection connection, boolean shared) {
    this.connection = connection;
    this.shared = shared;
  }

  public static MigrationLock exclusive(DataSource dataSource) {
    return acquire(dataSource, false);
  }

  public static MigrationLock shared(DataSource dataSource) {
    return acquire(dataSource, true);
  }

  private static MigrationLock acquire(DataSource dataSource, boolean shared) {
    try {
      Connection connection = dataSource.getConnection();
      try (PreparedStatement st = connection.prepareStatement(
          shared ? "SELECT pg_try_advisory_lock_shared(?)" : "SELECT pg_try_advisory_lock(?)")) {
        st.setLong(1, KEY);
        try (ResultSet rs = st.executeQuery()) {
          rs.next();
          if (!rs.getBoolean(1)) {
            connection.close();
            throw new TeiaException("tenant.migration.running");
          }
        }
      }
      return new MigrationLock(connection, shared);
    } catch (SQLException e) {
      throw new TenantMigrationException("cannot take the migration lock: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try (connection; PreparedStatement st = connection.prepareStatement(
        shared ? "SELECT pg_advisory_unlock_shared(?)" : "SELECT pg_advisory_unlock(?)")) {
      st.setLong(1, KEY);
      st.execute();
    } catch (SQLException e) {
      // Closing the connection releases the lock anyway.
    }
  }
}
