package br.org.teia.kernel.tenancy;

import br.org.teia.kernel.tenancy.internal.LiquibaseRunner;
import br.org.teia.kernel.tenancy.internal.SchemaOwnerConfiguration;
import br.org.teia.kernel.tenancy.internal.SchemaPerTenantConnectionProvider;
import br.org.teia.kernel.tenancy.internal.SchemaScripts;
import java.util.Comparator;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Brings the platform schema (catalogue, accounts, audit) up to date when the application starts,
 * before anything reads it, and creates the empty schema sessions outside a tenant point at. The
 * kernel's changelog runs first, then each module's {@link PlatformChangelog}. All of it as the owner role; then the application role gets its grants on the platform tables and on
 * any tenant schema built before the roles were split (ADR 0011).
 */
@Component
public class PlatformSchema {

  public static final String SCHEMA = "platform";
  static final String CHANGELOG = "db/changelog/platform/platform-changelog.yaml";

  private final boolean migrated;

  PlatformSchema(@Qualifier(SchemaOwnerConfiguration.OWNER_DATA_SOURCE) DataSource owner, SchemaScripts scripts,
      ObjectProvider<PlatformChangelog> modules) {
    LiquibaseRunner.execute(owner, "CREATE SCHEMA IF NOT EXISTS " + SCHEMA
        + "; CREATE SCHEMA IF NOT EXISTS " + SchemaPerTenantConnectionProvider.NO_TENANT);
    LiquibaseRunner.update(owner, CHANGELOG, SCHEMA);
    modules.orderedStream()
        .sorted(Comparator.comparingInt(PlatformChangelog::order).thenComparing(PlatformChangelog::path))
        .forEach(module -> LiquibaseRunner.update(owner, module.path(), SCHEMA));
    scripts.grantPlatform(SCHEMA);
    scripts.grantUngrantedTenantSchemas();
    this.migrated = true;
  }

  void requireMigrated() {
    if (!migrated) {
      throw new IllegalStateException("platform schema not migrated");
    }
  }
}
