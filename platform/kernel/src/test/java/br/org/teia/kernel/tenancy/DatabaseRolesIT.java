package br.org.teia.kernel.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.tenancy.internal.ApplicationRole;
import br.org.teia.kernel.tenancy.internal.SchemaOwnerConfiguration;
import br.org.teia.kernel.tenancy.internal.SchemaScripts;
import br.org.teia.kernel.testapp.KernelTestApplication;
import br.org.teia.kernel.testapp.Note;
import br.org.teia.kernel.testapp.NoteRepository;
import br.org.teia.testsupport.TestPostgres;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * ADR 0011: the application signs in as a role that may read and write rows and nothing else, so
 * neither the audit log nor another tenant's schema rests on application code alone. Every
 * statement here goes through the application's own pool.
 */
@SpringBootTest(classes = KernelTestApplication.class)
class DatabaseRolesIT {

  static final TenantId JUIZ_DE_FORA = TenantId.of("3136702");
  /** PostgreSQL's insufficient_privilege. */
  static final String REFUSED = "42501";

  @Autowired DataSource dataSource;
  @Autowired @Qualifier(SchemaOwnerConfiguration.OWNER_DATA_SOURCE) DataSource owner;
  @Autowired JdbcClient jdbc;
  @Autowired TenantOnboarding onboarding;
  @Autowired Tenants tenants;
  @Autowired NoteRepository notes;
  @Autowired SchemaScripts scripts;

  @BeforeEach
  void aTenant() {
    onboarding.onboard(List.of(JUIZ_DE_FORA.ibgeCode()));
  }

  @Test
  void the_application_role_is_neither_superuser_nor_owner_nor_member_of_any_role() {
    TestPostgres.Database database = TestPostgres.get().database();
    assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo(database.app().user());
    assertThat(jdbc.sql("SELECT rolsuper OR rolbypassrls OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = current_user")
        .query(Boolean.class).single()).isFalse();
    assertThat(ApplicationRole.problems(dataSource)).isEmpty();
    assertThat(JdbcClient.create(owner).sql("SELECT current_user").query(String.class).single())
        .isEqualTo(database.owner().user());
  }

  @Test
  void teia_refuses_to_start_as_a_superuser_or_as_the_owner() {
    TestPostgres.Database database = TestPostgres.get().database();
    DataSource superuser = new DriverManagerDataSource(database.url(), database.admin().user(), database.admin().password());

    assertThat(ApplicationRole.problems(superuser)).contains("it is a superuser");
    assertThat(ApplicationRole.problems(owner)).contains("it may create schemas (CREATE on the database)")
        .anySatisfy(problem -> assertThat(problem).startsWith("it owns schemas ").contains("mun_3136702", "platform"));
    assertThatThrownBy(() -> new ApplicationRole(owner, owner))
        .hasMessageContaining("refuses to connect to PostgreSQL as role " + database.owner().user())
        .hasMessageContaining("it is also the owner role").hasMessageContaining("infra/db-roles.sql");
    assertThatThrownBy(() -> new ApplicationRole(superuser, owner)).hasMessageContaining("it is a superuser");
    assertThatThrownBy(() -> new ApplicationRole(dataSource, superuser))
        .hasMessageContaining("its owner role (teia.datasource.owner.username) is a superuser");
  }

  @Test
  void the_audit_log_cannot_be_emptied_nor_its_trigger_switched_off() {
    refused("UPDATE platform.audit_event SET details = 'apagado'");
    refused("DELETE FROM platform.audit_event");
    refused("TRUNCATE platform.audit_event");
    refused("SET session_replication_role = replica"); // would skip the append-only trigger
    refused("ALTER TABLE platform.audit_event DISABLE TRIGGER audit_event_append_only");
    refused("DROP TRIGGER audit_event_append_only ON platform.audit_event");
  }

  @Test
  void no_table_or_schema_is_created_altered_or_dropped() {
    refused("CREATE TABLE platform.intruder (x int)");
    refused("CREATE TABLE mun_3136702.intruder (x int)");
    refused("CREATE TABLE public.intruder (x int)");
    refused("CREATE SCHEMA intruder");
    refused("DROP TABLE platform.tenant");
    refused("DROP TABLE mun_3136702.note");
    refused("ALTER TABLE mun_3136702.note ADD COLUMN intruder int");
    refused("DROP SCHEMA mun_3136702 CASCADE");
    refused("SET ROLE " + TestPostgres.get().database().owner().user());
  }

  @Test
  void no_file_or_program_of_the_server_is_reached() {
    refused("SELECT pg_read_file('PG_VERSION')");
    refused("SELECT pg_ls_dir('.')");
    refused("COPY platform.shedlock FROM '/etc/hostname'");
    refused("COPY platform.shedlock FROM PROGRAM 'id'");
    refused("COPY platform.shedlock TO '/tmp/teia-shedlock.csv'");
    refused("SELECT lo_import('/etc/hostname')");
  }

  @Test
  void the_application_still_reads_and_writes_its_rows() {
    try (var scope = tenants.enter(JUIZ_DE_FORA)) {
      notes.save(new Note(JUIZ_DE_FORA.ibgeCode(), "visita agendada"));
      assertThat(notes.findAll()).extracting(Note::getText).contains("visita agendada");
    }
    assertThat(jdbc.sql("UPDATE mun_3136702.note SET text = 'visita feita' WHERE text = 'visita agendada'").update()).isOne();
    assertThat(jdbc.sql("DELETE FROM mun_3136702.note WHERE text = 'visita feita'").update()).isOne();
    assertThat(jdbc.sql("UPDATE platform.tenant SET updated_at = now() WHERE ibge_code = ?")
        .param(JUIZ_DE_FORA.ibgeCode()).update()).isOne();
    jdbc.sql("INSERT INTO platform.audit_event (actor, action, details) VALUES ('teste', 'TENANT_SUSPENDED', 'papéis')").update();
    assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_event WHERE details = 'papéis'").query(Long.class).single()).isOne();
  }

  @Test
  void liquibase_bookkeeping_and_the_template_are_the_owners_alone() {
    refused("SELECT count(*) FROM platform.databasechangelog");
    refused("SELECT count(*) FROM mun_3136702.databasechangelog");
    refused("UPDATE mun_3136702.databasechangeloglock SET locked = true");
    refused("SELECT count(*) FROM teia_template.note");
  }

  /**
   * Issue 15: a tenant schema's grants are its default privileges, set before its tables; a table
   * (and a sequence) the owner adds later, as a new changeset does, is the application role's as
   * it is created, with no grant run after it.
   */
  @Test
  void a_table_the_owner_adds_to_a_tenant_schema_later_is_the_application_roles_at_once() {
    JdbcClient asOwner = JdbcClient.create(owner);
    try {
      asOwner.sql("CREATE TABLE mun_3136702.later (id bigserial PRIMARY KEY, text varchar(20))").update();
      asOwner.sql("CREATE SEQUENCE mun_3136702.later_counter").update();

      jdbc.sql("INSERT INTO mun_3136702.later (text) VALUES ('nova')").update();
      assertThat(jdbc.sql("UPDATE mun_3136702.later SET text = 'lida' WHERE text = 'nova'").update()).isOne();
      assertThat(jdbc.sql("SELECT nextval('mun_3136702.later_counter')").query(Long.class).single()).isOne();
      assertThat(jdbc.sql("DELETE FROM mun_3136702.later").update()).isOne();
      jdbc.sql("TRUNCATE mun_3136702.later").update();
      refused("DROP TABLE mun_3136702.later");
      refused("ALTER TABLE mun_3136702.later ADD COLUMN intruder int");
      refused("SELECT count(*) FROM mun_3136702.databasechangelog");
      refused("SELECT count(*) FROM mun_3136702.databasechangeloglock");
    } finally {
      asOwner.sql("DROP TABLE IF EXISTS mun_3136702.later; DROP SEQUENCE IF EXISTS mun_3136702.later_counter").update();
    }
  }

  @Test
  void a_schema_or_table_the_application_role_lost_is_found_and_granted_again() {
    String app = TestPostgres.get().database().app().user();
    JdbcClient asOwner = JdbcClient.create(owner);
    asOwner.sql("REVOKE ALL ON mun_3136702.note FROM " + app).update();

    assertThat(scripts.verify("mun_3136702"))
        .containsExactly("tables the application role " + app + " cannot read and write: [note]");
    refused("SELECT count(*) FROM mun_3136702.note");
    assertThat(scripts.grantIfIncomplete("mun_3136702")).isTrue(); // what migrate-all does for a current schema
    assertThat(scripts.verify("mun_3136702")).isEmpty();

    // A schema from before the roles were split: no USAGE, no grant, no default privileges; the start grants it.
    asOwner.sql("REVOKE USAGE ON SCHEMA mun_3136702 FROM " + app
        + "; REVOKE ALL ON mun_3136702.note FROM " + app
        + "; ALTER DEFAULT PRIVILEGES IN SCHEMA mun_3136702 REVOKE ALL ON TABLES FROM " + app
        + "; ALTER DEFAULT PRIVILEGES IN SCHEMA mun_3136702 REVOKE ALL ON SEQUENCES FROM " + app).update();
    assertThat(defaultPrivileges("mun_3136702")).isZero();
    refused("SELECT count(*) FROM mun_3136702.note");
    assertThat(scripts.grantUngrantedTenantSchemas()).isPositive();
    assertThat(jdbc.sql("SELECT count(*) FROM mun_3136702.note").query(Long.class).single()).isNotNegative();
    assertThat(scripts.grantIfIncomplete("mun_3136702")).isFalse();
    assertThat(defaultPrivileges("mun_3136702")).as("on tables and on sequences").isEqualTo(2);
    refused("SELECT count(*) FROM mun_3136702.databasechangelog");
  }

  /** The schema's entries in pg_default_acl (one for tables, one for sequences once set). */
  private long defaultPrivileges(String schema) {
    return jdbc.sql("""
        SELECT count(*) FROM pg_default_acl d JOIN pg_namespace n ON n.oid = d.defaclnamespace WHERE n.nspname = ?""")
        .param(schema).query(Long.class).single();
  }

  private void refused(String sql) {
    assertThatThrownBy(() -> jdbc.sql(sql).update())
        .as(sql)
        .isInstanceOf(DataAccessException.class)
        .satisfies(e -> assertThat(((SQLException) ((DataAccessException) e).getMostSpecificCause()).getSQLState())
            .as("SQLState of: %s", sql).isEqualTo(REFUSED));
  }
}
