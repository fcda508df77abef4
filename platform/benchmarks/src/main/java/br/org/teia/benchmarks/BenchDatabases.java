package br.org.teia.benchmarks;

import br.org.teia.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fresh databases for the benchmark phases, all on the PostgreSQL that {@link TestPostgres} gives
 * (TEIA_TEST_DB_URL's server, else an embedded one); dropped at exit.
 */
final class BenchDatabases {

  private final TestPostgres postgres = TestPostgres.get();

  String user() {
    return postgres.user();
  }

  /** A fresh database {@code teia_bench_<label>_<random>}; returns its JDBC URL. */
  String create(String label) {
    return postgres.createDatabase("teia_bench_" + label);
  }

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

  boolean external() {
    String env = System.getenv("TEIA_TEST_DB_URL");
    return env != null && !env.isBlank();
  }
}
