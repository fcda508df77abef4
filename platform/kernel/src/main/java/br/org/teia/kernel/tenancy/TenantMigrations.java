package br.org.teia.kernel.tenancy;

import br.org.teia.kernel.tenancy.internal.BoundedParallel;
import br.org.teia.kernel.tenancy.internal.MigrationLock;
import br.org.teia.kernel.tenancy.internal.SchemaScripts;
import br.org.teia.kernel.tenancy.internal.TenantChangelog;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Migrate-all: brings every provisioned tenant schema to the current tenant changelog, in parallel
 * (bounded), and verifies each schema against the changelog and the template as soon as it is
 * current. Tenants are
 * grouped by the changesets they already hold; Liquibase generates the pending SQL once per group
 * and each schema replays it in one transaction with its catalogue update. Rerunning after a crash
 * resumes: schemas already migrated are simply current. One broken schema is recorded as FAILED
 * with its error and never blocks the others.
 */
@Service
public class TenantMigrations {

  private static final Logger log = LoggerFactory.getLogger(TenantMigrations.class);

  private final TenantCatalog catalog;
  private final SchemaScripts scripts;
  private final TenantChangelog changelog;
  private final DataSource dataSource;
  private final int parallelism;
  private final DatabaseServers servers;

  TenantMigrations(TenantCatalog catalog, SchemaScripts scripts, TenantChangelog changelog,
      DataSource dataSource, @Value("${teia.tenancy.parallelism:2}") int parallelism, DatabaseServers servers) {
    this.servers = servers;
    this.catalog = catalog;
    this.scripts = scripts;
    this.changelog = changelog;
    this.dataSource = dataSource;
    this.parallelism = parallelism;
  }

  public MigrationReport migrateAll() {
    return migrateAll(progress -> {});
  }

  public MigrationReport migrateAll(Consumer<Progress> listener) {
    long start = System.nanoTime();
    try (var lock = MigrationLock.exclusive(dataSource)) {
      scripts.baseline(); // brings the template (the reference for verification) up to date
      List<Tenant> tenants = catalog.findAll().stream().filter(t -> t.changelogVersion() != null).toList();
      Set<String> expected = new TreeSet<>(changelog.changeSetIds());
      Map<Set<String>, String> scriptByState = new ConcurrentHashMap<>();
      Map<TenantId, String> failed = new ConcurrentHashMap<>();
      AtomicInteger migrated = new AtomicInteger();
      AtomicInteger current = new AtomicInteger();

      List<TenantId> verified = new java.util.concurrent.CopyOnWriteArrayList<>();
      BoundedParallel.run("migrate-all", tenants, t -> t.id().ibgeCode(), parallelism, tenant -> {
        String schema = tenant.schemaName();
        SchemaScripts scripts;
        try {
          // Every server (ADR 0024): the schema's own server, as that server's owner role.
          scripts = on(tenant);
          boolean main = scripts.serverKey().equals(DatabaseServers.MAIN);
          Set<String> applied = scripts.appliedChangeSets(schema);
          if (applied.containsAll(expected) && !scripts.lockHeld(schema)) {
            if (scripts.grantIfIncomplete(schema)) {
              log.warn("tenant {}: the application role lacked grants on {}; granted again", tenant.id(), schema);
            }
            current.incrementAndGet();
          } else {
            // Twins (same applied changesets) share one generated script.
            String script = scriptByState.computeIfAbsent(applied, state -> scripts.scriptFor(schema));
            scripts.replay(schema,
                "UPDATE " + schema + ".databasechangeloglock SET locked = false, lockgranted = NULL, lockedby = NULL",
                script,
                main ? "UPDATE platform.tenant SET changelog_version = ?, updated_at = now() WHERE ibge_code = ?" : null,
                main ? new Object[] {changelog.version(), tenant.id().ibgeCode()} : new Object[0]);
            if (!main) {
              // No transaction spans two servers: a crash here leaves the old version recorded, and the
              // next run finds the schema current and records it.
              catalog.recordVersion(tenant.id(), changelog.version());
            }
            migrated.incrementAndGet();
          }
        } catch (RuntimeException e) {
          return fail(tenant, TenantOnboarding.rootMessage(e), failed);
        }
        // Verified straight after its migration, on the same thread: the pool hands the thread back the
        // connection it just used, whose backend still holds this schema's catalogue entries (a second
        // pass over every schema read them all again: a quarter of migrate-all's time at 5,570).
        List<String> problems;
        try {
          problems = scripts.verify(schema);
        } catch (RuntimeException e) {
          problems = List.of(TenantOnboarding.rootMessage(e));
        }
        if (!problems.isEmpty()) {
          return fail(tenant, "verification: " + String.join("; ", problems), failed);
        }
        verified.add(tenant.id()); // recorded ACTIVE below, all in a few statements
        return true;
      }, listener);

      // A crash before this leaves them as the migration left them; the next run verifies them again.
      catalog.markActive(verified, changelog.version());

      MigrationReport report = new MigrationReport(changelog.version(), tenants.size(), migrated.get(),
          current.get(), Map.copyOf(failed), verified.size(), Duration.ofNanos(System.nanoTime() - start));
      log.info("migrate-all {}: {} tenants, {} migrated, {} already current, {} failed, {} verified in {} ms",
          report.version(), report.tenants(), report.migrated(), report.alreadyCurrent(),
          report.failed().size(), report.verified(), report.elapsed().toMillis());
      return report;
    }
  }

  /** Records a tenant's failure, in the report and in the catalogue; never stops the others. */
  private boolean fail(Tenant tenant, String error, Map<TenantId, String> failed) {
    log.warn("tenant {} failed in migrate-all: {}", tenant.id(), error);
    failed.put(tenant.id(), error);
    catalog.markFailed(tenant.id(), error);
    return false;
  }

    private SchemaScripts on(Tenant tenant) {
    return scripts.on(servers.require(tenant.serverKey() == null ? DatabaseServers.MAIN : tenant.serverKey()));
  }
}
