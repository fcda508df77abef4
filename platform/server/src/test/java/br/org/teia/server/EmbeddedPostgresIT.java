package br.org.teia.server;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.TeiaApplication;
import br.org.teia.kernel.tenancy.TenantCatalog;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantMigrations;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.kernel.tenancy.TenantStatus;
import br.org.teia.kernel.tenancy.internal.SchemaOwnerConfiguration;
import br.org.teia.kernel.tenancy.internal.SchemaScripts;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Teia as infra/run.sh starts it, on the embedded PostgreSQL (ADR 0011): the application's pool
 * signs in as teia_app and the schema work as teia_owner, through the two pools the embedded module
 * defines under the names the kernel asks for; a second start opens the same data folder.
 */
class EmbeddedPostgresIT {

  static final TenantId BETIM = TenantId.of("3106705");

  @TempDir Path home;

  @Test
  void teia_runs_on_the_embedded_postgresql_as_the_application_role_and_builds_schemas_as_the_owner() throws Exception {
    Path dataDir = home.resolve("postgres");
    try (var teia = start(dataDir)) {
      assertThat(currentUser(teia.getBean(DataSource.class))).isEqualTo("teia_app");
      assertThat(currentUser(teia.getBean(SchemaOwnerConfiguration.OWNER_DATA_SOURCE, DataSource.class))).isEqualTo("teia_owner");

      assertThat(teia.getBean(TenantOnboarding.class).onboard(List.of(BETIM.ibgeCode())).onboarded()).containsExactly(BETIM);
      assertThat(teia.getBean(SchemaScripts.class).verify(BETIM.schemaName())).isEmpty();
      assertThat(teia.getBean(TenantMigrations.class).migrateAll().allOk()).isTrue();
      JdbcClient jdbc = JdbcClient.create(teia.getBean(DataSource.class));
      assertThat(jdbc.sql("SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = ?")
          .param(BETIM.schemaName()).query(String.class).single()).isEqualTo("teia_owner");
      assertThat(jdbc.sql("SELECT count(*) FROM " + BETIM.schemaName() + ".territory").query(Long.class).single()).isZero();
    }
    try (var again = start(dataDir)) {
      assertThat(again.getBean(TenantCatalog.class).find(BETIM)).get()
          .extracting(t -> t.status()).isEqualTo(TenantStatus.ACTIVE);
    }
  }

  private static ConfigurableApplicationContext start(Path dataDir) throws IOException {
    return new SpringApplicationBuilder(TeiaApplication.class)
        .web(WebApplicationType.NONE)
        .properties("spring.autoconfigure.exclude=" + TeiaApplication.WEB_ONLY_AUTO_CONFIGURATION)
        .run("--teia.test.no-database=true", // no test database: the embedded one, as infra/run.sh
            "--teia.embedded-postgres.data-dir=" + dataDir, "--teia.embedded-postgres.port=" + freePort(),
            "--teia.demo.enabled=false");
  }

  private static String currentUser(DataSource dataSource) {
    return JdbcClient.create(dataSource).sql("SELECT current_user").query(String.class).single();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
