package br.org.teia.kernel.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The statements that grant a tenant schema (issue 15): none may be a {@code GRANT ... ON ALL
 * TABLES/SEQUENCES IN SCHEMA}, which PostgreSQL runs as a scan of the whole of pg_class, so that
 * building or migrating one tenant cost time in proportion to all tenants. What they do is checked
 * against PostgreSQL in DatabaseRolesIT, TenantMigrationsIT and SeveralServersIT.
 */
class ApplicationRoleTest {

  @Test
  void no_statement_a_tenant_schema_gets_scans_the_catalogue() {
    String sql = String.join("; ", ApplicationRole.tenantDefaults("mun_3136702", "teia_app"),
        ApplicationRole.tenantAccess("mun_3136702", "teia_app"),
        ApplicationRole.tenantGrantsOn("mun_3136702", "teia_app", List.of("note", "databasechangelog"), List.of("note_id_seq")));

    assertThat(sql).doesNotContainIgnoringCase(" ON ALL ");
    assertThat(sql).contains("ALTER DEFAULT PRIVILEGES FOR ROLE CURRENT_USER IN SCHEMA mun_3136702 GRANT "
        + "SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON TABLES TO \"teia_app\"");
    assertThat(ApplicationRole.tenantGrantsOn("mun_3136702", "teia_app", List.of("note", "databasechangelog"), List.of()))
        .as("Liquibase's tables are never granted").doesNotContain("databasechangelog");
  }

  @Test
  void only_a_tenant_schema_is_granted_this_way() {
    assertThatThrownBy(() -> ApplicationRole.tenantDefaults("platform", "teia_app"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ApplicationRole.tenantAccess("mun_3136702; DROP SCHEMA platform", "teia_app"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
