package br.org.teia.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL (no TEIA_TEST_DB_URL) signs each role in as itself: zonky's URL carries
 * {@code ?user=postgres}, which wins over the user a connection asks for, so the application role
 * used to be the superuser there and the application refused to start (the tenancy benchmark on
 * the embedded PostgreSQL, ADR 0011).
 */
class TestPostgresEmbeddedIT {

  @Test
  void the_roles_of_the_embedded_server_and_of_its_extra_databases_sign_in_as_themselves() throws SQLException {
    TestPostgres embedded = TestPostgres.embedded();
    TestPostgres.Database main = embedded.database();
    TestPostgres.Database extra = embedded.createDatabase("teia_roles_check");

    assertThat(main.url()).doesNotContain("user=");
    assertThat(extra.url()).doesNotContain("user=");
    for (TestPostgres.Database database : new TestPostgres.Database[] {main, extra}) {
      assertThat(signedInAs(database, database.app())).isEqualTo(database.app().user() + " superuser=off");
      assertThat(signedInAs(database, database.owner())).isEqualTo(database.owner().user() + " superuser=off");
    }
  }

  private static String signedInAs(TestPostgres.Database database, TestPostgres.Login login) throws SQLException {
    try (Connection c = database.connect(login); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT current_user || ' superuser=' || current_setting('is_superuser')")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
