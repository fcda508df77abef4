package br.org.teia.embeddedpostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.Reader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default of infra/run.sh (ADR 0011): two roles with generated passwords kept in the
 * data folder, readable by this user only; no connection without a password, the superuser's
 * included; a data folder made before the roles existed is handed to the owner.
 */
class EmbeddedDatabaseIT {

  @TempDir Path home;

  @Test
  void the_first_start_makes_both_roles_with_private_passwords_and_asks_every_connection_for_one() throws Exception {
    Path dataDir = home.resolve("postgres");
    Properties credentials;
    try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, freePort())) {
      Path file = dataDir.resolve(EmbeddedDatabase.CREDENTIALS);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
      credentials = read(file);
      assertThat(credentials.getProperty("owner.username")).isEqualTo("teia_owner");
      assertThat(credentials.getProperty("app.username")).isEqualTo("teia_app");
      assertThat(credentials.getProperty("app.password")).hasSizeGreaterThanOrEqualTo(32)
          .isNotEqualTo(credentials.getProperty("owner.password"));

      try (Connection app = DriverManager.getConnection(database.jdbcUrl(), "teia_app", credentials.getProperty("app.password"));
          Statement st = app.createStatement();
          ResultSet rs = st.executeQuery("SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb,"
              + " has_database_privilege(current_database(), 'CREATE') FROM pg_roles WHERE rolname = current_user")) {
        rs.next();
        for (int column = 1; column <= 5; column++) {
          assertThat(rs.getBoolean(column)).as("column %d", column).isFalse();
        }
      }
      try (Connection owner = DriverManager.getConnection(database.jdbcUrl(), "teia_owner", credentials.getProperty("owner.password"));
          Statement st = owner.createStatement()) {
        st.execute("CREATE SCHEMA platform"); // the owner builds the schemas
      }
      assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", ""))
          .isInstanceOf(SQLException.class).hasMessageContaining("password");
      assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "teia_app", "wrong"))
          .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
    }

    // The next start finds the passwords in the file: same roles, same passwords.
    try (EmbeddedDatabase again = EmbeddedDatabase.start(dataDir, freePort())) {
      assertThat(again.app()).isEqualTo(new DatabaseRoles.Login("teia_app", credentials.getProperty("app.password")));
      try (Connection app = DriverManager.getConnection(again.jdbcUrl(), "teia_app", credentials.getProperty("app.password"))) {
        assertThat(app.isValid(1)).isTrue();
      }
    }
  }

  @Test
  void the_server_writes_every_commit_to_disk_before_answering() throws Exception {
    // zonky starts PostgreSQL with -F (fsync off) and synchronous_commit off: fine for throwaway test
    // servers, a corrupt data folder after a power cut for the application's own database.
    try (EmbeddedDatabase database = EmbeddedDatabase.start(home.resolve("durable"), freePort());
        Connection owner = DriverManager.getConnection(database.jdbcUrl(), database.owner().user(),
            database.owner().password());
        Statement st = owner.createStatement();
        ResultSet rs = st.executeQuery("SELECT current_setting('fsync'), current_setting('synchronous_commit'),"
            + " current_setting('full_page_writes')")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("on");
      assertThat(rs.getString(2)).isEqualTo("on");
      assertThat(rs.getString(3)).isEqualTo("on");
    }
  }

  @Test
  void a_data_folder_from_before_the_roles_is_handed_to_the_owner() throws Exception {
    Path dataDir = home.resolve("old");
    // What Teia left before ADR 0011: trust, everything made by the superuser.
    try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
        .setPort(freePort()).start();
        Connection superuser = old.getPostgresDatabase().getConnection();
        Statement st = superuser.createStatement()) {
      st.execute("""
          CREATE SCHEMA platform;
          CREATE TABLE platform.audit_event (id bigserial PRIMARY KEY, details text);
          CREATE FUNCTION platform.audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql
            AS $$ BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$;
          CREATE SCHEMA mun_3106200;
          CREATE TABLE mun_3106200.territory (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name text);
          INSERT INTO mun_3106200.territory (name) VALUES ('Barreiro');
          CREATE SCHEMA someone_else;
          CREATE TABLE someone_else.kept (x int);""");
    }

    try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, freePort());
        Connection owner = DriverManager.getConnection(database.jdbcUrl(), database.owner().user(), database.owner().password());
        Statement st = owner.createStatement()) {
      assertThat(owners(st, """
          SELECT n.nspname || '.' || c.relname, pg_get_userbyid(c.relowner) FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname IN ('platform', 'mun_3106200', 'someone_else')
          UNION ALL SELECT nspname, pg_get_userbyid(nspowner) FROM pg_namespace
            WHERE nspname IN ('platform', 'mun_3106200', 'someone_else')
          UNION ALL SELECT proname, pg_get_userbyid(proowner) FROM pg_proc WHERE proname = 'audit_event_is_append_only'
          ORDER BY 1"""))
          .isEqualTo("""
              audit_event_is_append_only=teia_owner
              mun_3106200=teia_owner
              mun_3106200.territory=teia_owner
              mun_3106200.territory_id_seq=teia_owner
              mun_3106200.territory_pkey=teia_owner
              platform=teia_owner
              platform.audit_event=teia_owner
              platform.audit_event_id_seq=teia_owner
              platform.audit_event_pkey=teia_owner
              someone_else=postgres
              someone_else.kept=postgres
              """);
      st.execute("INSERT INTO mun_3106200.territory (name) VALUES ('Venda Nova')"); // the data came along
      assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", ""))
          .isInstanceOf(SQLException.class).hasMessageContaining("password");
    }
  }

  private static String owners(Statement st, String sql) throws SQLException {
    StringBuilder owners = new StringBuilder();
    try (ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        owners.append(rs.getString(1)).append('=').append(rs.getString(2)).append('\n');
      }
    }
    return owners.toString();
  }

  private static Properties read(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      properties.load(in);
    }
    return properties;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
