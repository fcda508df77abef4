package br.org.teia.kernel.tenancy;

import br.org.teia.kernel.tenancy.internal.LiquibaseRunner;
import br.org.teia.kernel.tenancy.internal.SchemaPerTenantConnectionProvider;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Brings the platform schema (catalogue, accounts, audit) up to date when the application starts,
 * before anything reads it, and creates the empty schema sessions outside a tenant point at.
 */
@Component
public class PlatformSchema {

  public static final String SCHEMA = "platform";
  static final String CHANGELOG = "db/changelog/platform/platform-changelog.yaml";

  private final boolean migrated;

  PlatformSchema(DataSource dataSource) {
    LiquibaseRunner.execute(dataSource, "CREATE SCHEMA IF NOT EXISTS " + SCHEMA
        + "; CREATE SCHEMA IF NOT EXISTS " + SchemaPerTenantConnectionProvider.NO_TENANT);
    LiquibaseRunner.update(dataSource, CHANGELOG, SCHEMA);
    this.migrated = true;
  }

  void requireMigrated() {
    if (!migrated) {
      throw new IllegalStateException("platform schema not migrated");
    }
  }
}
