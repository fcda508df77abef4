package br.org.teia.kernel.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.tenancy.internal.SchemaOwnerConfiguration;
import br.org.teia.kernel.testapp.KernelTestApplication;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A module's platform changelog (the test application declares one) runs after the kernel's and is granted like it. */
@SpringBootTest(classes = KernelTestApplication.class)
class PlatformChangelogIT {

  @Autowired JdbcClient jdbc;
  @Autowired @Qualifier(SchemaOwnerConfiguration.OWNER_DATA_SOURCE) DataSource owner;

  @Test
  void a_modules_changesets_land_in_the_platform_schema_after_the_kernels_and_the_application_may_use_its_tables() {
    JdbcClient history = JdbcClient.create(owner); // Liquibase's tables are the owner's only (ADR 0011)
    assertThat(history.sql("SELECT filename FROM platform.databasechangelog WHERE id = 'test-bulletin-0001'")
        .query(String.class).single()).isEqualTo("db/changelog/test/platform-bulletin.yaml");
    assertThat(history.sql("SELECT max(orderexecuted) FROM platform.databasechangelog WHERE filename LIKE '%platform-changelog.yaml%'"
            + " OR filename LIKE 'changes/%' OR filename LIKE '%/platform/changes/%'")
        .query(Integer.class).single())
        .isLessThan(history.sql("SELECT orderexecuted FROM platform.databasechangelog WHERE id = 'test-bulletin-0001'")
            .query(Integer.class).single());

    jdbc.sql("INSERT INTO platform.bulletin (title) VALUES ('Reunião regional')").update();
    assertThat(jdbc.sql("SELECT title FROM platform.bulletin").query(String.class).list()).contains("Reunião regional");
    assertThatThrownBy(() -> jdbc.sql("DROP TABLE platform.bulletin").update()).isInstanceOf(DataAccessException.class);
  }
}
