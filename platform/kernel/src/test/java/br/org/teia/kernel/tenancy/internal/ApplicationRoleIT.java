package br.org.teia.kernel.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.testapp.KernelTestApplication;
import br.org.teia.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The check of the application role that runs at every start (issue 15): it still finds a table the
 * role owns, and it does not scan pg_class, which holds every tenant's relations, so the start does
 * not slow down as municipalities are added.
 */
@SpringBootTest(classes = KernelTestApplication.class)
class ApplicationRoleIT {

  @Autowired DataSource dataSource;
  @Autowired ApplicationRole role;
  @Autowired SchemaScripts scripts;

  @Test
  void the_start_check_reads_no_more_of_the_catalogue_with_more_tenants() throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("EXPLAIN " + ApplicationRole.PROBLEMS)) {
      while (rs.next()) {
        plan.append(rs.getString(1)).append('\n');
      }
    }
    assertThat(plan.toString()).doesNotContain("Seq Scan on pg_class");
  }

  @Test
  void a_table_the_application_role_owns_is_found_and_its_temporary_tables_are_not() throws SQLException {
    String app = TestPostgres.get().database().app().user();
    try (Connection admin = TestPostgres.get().database().connectAsAdmin(); Statement st = admin.createStatement();
        Connection session = dataSource.getConnection(); Statement own = session.createStatement()) {
      own.execute("CREATE TEMPORARY TABLE scratch (id int)");
      assertThat(ApplicationRole.problems(dataSource)).isEmpty();
      st.execute("CREATE SCHEMA owned_probe; CREATE TABLE owned_probe.t (id int); ALTER TABLE owned_probe.t OWNER TO \""
          + app + "\"");
      try {
        assertThat(ApplicationRole.problems(dataSource)).containsExactly("it owns tables");
      } finally {
        st.execute("DROP SCHEMA owned_probe CASCADE");
        own.execute("DROP TABLE scratch");
      }
    }
  }

  @Test
  void the_platform_grants_name_the_tables_instead_of_scanning_pg_class() throws SQLException {
    String app = TestPostgres.get().database().app().user();
    assertThat(role.platformGrants("platform")).doesNotContainIgnoringCase(" ON ALL ");
    try (Connection admin = TestPostgres.get().database().connectAsAdmin(); Statement st = admin.createStatement()) {
      st.execute("REVOKE ALL ON platform.tenant, platform.audit_event FROM \"" + app + "\"");
      scripts.grantPlatform("platform");
      try (ResultSet rs = st.executeQuery("SELECT has_table_privilege('" + app + "', 'platform.tenant', 'SELECT, INSERT, UPDATE, DELETE'),"
          + " has_table_privilege('" + app + "', 'platform.audit_event', 'INSERT'),"
          + " has_table_privilege('" + app + "', 'platform.audit_event', 'UPDATE'),"
          + " has_table_privilege('" + app + "', 'platform.databasechangelog', 'SELECT')")) {
        rs.next();
        assertThat(rs.getBoolean(1)).as("DML on the catalogue").isTrue();
        assertThat(rs.getBoolean(2)).as("INSERT on the audit log").isTrue();
        assertThat(rs.getBoolean(3)).as("no UPDATE on the audit log").isFalse();
        assertThat(rs.getBoolean(4)).as("nothing on Liquibase's tables").isFalse();
      }
    }
  }
}
