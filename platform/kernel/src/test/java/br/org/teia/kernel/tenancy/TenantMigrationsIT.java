package br.org.teia.kernel.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.tenancy.internal.SchemaScripts;
import br.org.teia.kernel.testapp.KernelTestApplication;
import br.org.teia.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Migrate-all with a changeset the tenants do not hold yet: tenants onboarded on v1 of the test
 * changelog, then the application restarted on v2. Runs on a database of its own, since the
 * shared test context stays on v1.
 */
class TenantMigrationsIT {

  static final String V1 = "db/changelog/tenant-master.yaml";
  static final String V2 = "db/changelog/tenant-master-v2.yaml";
  static final List<String> CODES = List.of("3118601", "3156700", "3106200");

  @Test
  void migrate_all_applies_the_new_changeset_to_every_schema_and_verifies_them() throws Exception {
    TestPostgres.Database database = TestPostgres.get().createDatabase("teia_migrations");
    try (var v1 = context(database, V1)) {
      assertThat(v1.getBean(TenantOnboarding.class).onboard(CODES).onboarded()).hasSize(CODES.size());
    }
    // One schema as the code before issue 15 left it: its tables granted, no default privileges.
    try (Connection c = database.connect(database.owner()); Statement st = c.createStatement()) {
      st.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA mun_3156700 REVOKE ALL ON TABLES FROM " + database.app().user()
          + "; ALTER DEFAULT PRIVILEGES IN SCHEMA mun_3156700 REVOKE ALL ON SEQUENCES FROM " + database.app().user());
      assertThat(defaultPrivileges(st, "mun_3156700")).isZero();
      assertThat(defaultPrivileges(st, "mun_3118601")).as("tables and sequences").isEqualTo(2);
    }

    try (var v2 = context(database, V2)) {
      MigrationReport report = v2.getBean(TenantMigrations.class).migrateAll();

      assertThat(report.failed()).isEmpty();
      assertThat(report.allOk()).isTrue();
      assertThat(report.migrated()).isEqualTo(CODES.size());
      assertThat(report.verified()).isEqualTo(CODES.size());
      assertThat(report.version()).isEqualTo("3:note-0003");
      SchemaScripts scripts = v2.getBean(SchemaScripts.class);
      TenantCatalog catalog = v2.getBean(TenantCatalog.class);
      for (String code : CODES) {
        String schema = TenantId.of(code).schemaName();
        assertThat(scripts.appliedChangeSets(schema)).containsExactly("note-0001", "note-0002", "note-0003");
        assertThat(scripts.tables(schema)).contains("note", "note_tag");
        assertThat(scripts.lockHeld(schema)).isFalse();
        assertThat(scripts.verify(schema)).isEmpty();
        assertThat(catalog.find(TenantId.of(code))).get().satisfies(t -> {
          assertThat(t.status()).isEqualTo(TenantStatus.ACTIVE);
          assertThat(t.changelogVersion()).isEqualTo("3:note-0003");
        });
      }

      // The table the new changeset added is the application role's to read and write, and no more.
      try (Connection app = database.connect(database.app()); Statement st = app.createStatement()) {
        for (String code : CODES) {
          st.execute("INSERT INTO mun_" + code + ".note_tag (name) VALUES ('urgente')");
          st.execute("DELETE FROM mun_" + code + ".note_tag");
        }
        assertThatThrownBy(() -> st.execute("DROP TABLE mun_3118601.note_tag")).hasMessageContaining("must be owner");
        for (String code : CODES) {
          assertThatThrownBy(() -> st.execute("SELECT count(*) FROM mun_" + code + ".databasechangelog"))
              .hasMessageContaining("permission denied");
          assertThatThrownBy(() -> st.execute("SELECT count(*) FROM mun_" + code + ".databasechangeloglock"))
              .hasMessageContaining("permission denied");
        }
      }
      try (Connection c = database.connect(database.owner()); Statement st = c.createStatement()) {
        assertThat(defaultPrivileges(st, "mun_3156700")).as("the old schema got them when migrated").isEqualTo(2);
      }

      MigrationReport again = v2.getBean(TenantMigrations.class).migrateAll();
      assertThat(again.alreadyCurrent()).isEqualTo(CODES.size());
      assertThat(again.migrated()).isZero();
      assertThat(again.allOk()).isTrue();

      // A schema that lost a table fails verification, with the reason; the others stay verified.
      try (Connection c = database.connect(database.owner()); Statement st = c.createStatement()) {
        st.execute("DROP TABLE mun_3106200.note_tag");
      }
      assertThat(scripts.verify("mun_3106200")).containsExactly("tables missing: [note_tag]");
      MigrationReport broken = v2.getBean(TenantMigrations.class).migrateAll();
      assertThat(broken.failed()).containsOnlyKeys(TenantId.of("3106200"));
      assertThat(broken.failed().get(TenantId.of("3106200"))).contains("tables missing: [note_tag]");
      assertThat(broken.verified()).isEqualTo(CODES.size() - 1);
      assertThat(catalog.find(TenantId.of("3106200")).orElseThrow().status()).isEqualTo(TenantStatus.FAILED);

      // Generating the SQL points a pooled connection at a tenant schema: it must come back reset.
      DataSource dataSource = v2.getBean(DataSource.class);
      List<Connection> borrowed = new ArrayList<>();
      try {
        for (int i = 0; i < 10; i++) { // the whole pool
          borrowed.add(dataSource.getConnection());
        }
        for (Connection connection : borrowed) {
          try (Statement st = connection.createStatement();
              ResultSet rs = st.executeQuery("SELECT current_setting('search_path')")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("teia_no_tenant");
          }
        }
      } finally {
        for (Connection connection : borrowed) {
          connection.close();
        }
      }
    }
  }

  /** The schema's entries in pg_default_acl. */
  static long defaultPrivileges(Statement st, String schema) throws java.sql.SQLException {
    try (ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_default_acl d JOIN pg_namespace n"
        + " ON n.oid = d.defaclnamespace WHERE n.nspname = '" + schema + "'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static ConfigurableApplicationContext context(TestPostgres.Database database, String changelog) {
    List<String> arguments = new ArrayList<>(database.arguments());
    arguments.add("--teia.tenancy.changelog=" + changelog);
    return new SpringApplicationBuilder(KernelTestApplication.class)
        .web(WebApplicationType.NONE)
        .properties("spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
            + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")
        .run(arguments.toArray(String[]::new));
  }
}
