package br.org.teia.kernel.tenancy;

import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.tenancy.TenantLifecycleChanged.Change;
import br.org.teia.kernel.tenancy.internal.BoundedParallel;
import br.org.teia.kernel.tenancy.internal.MigrationLock;
import br.org.teia.kernel.tenancy.internal.SchemaScripts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Onboards municipalities: validates each IBGE code, records it in the catalogue as PROVISIONING,
 * then builds its schema and marks it ACTIVE in one transaction. A crash leaves PROVISIONING rows
 * with no schema; onboarding them again resumes. One bad code or one failed schema never stops the
 * others.
 */
@Service
public class TenantOnboarding {

  private static final Logger log = LoggerFactory.getLogger(TenantOnboarding.class);

  private final Municipalities municipalities;
  private final TenantCatalog catalog;
  private final SchemaScripts scripts;
  private final DataSource dataSource;
  private final ApplicationEventPublisher events;
  private final int parallelism;
  private final DatabaseServers servers;

  TenantOnboarding(Municipalities municipalities, TenantCatalog catalog, SchemaScripts scripts,
      DataSource dataSource, ApplicationEventPublisher events, @Value("${teia.tenancy.parallelism:2}") int parallelism,
      DatabaseServers servers) {
    this.servers = servers;
    this.municipalities = municipalities;
    this.catalog = catalog;
    this.scripts = scripts;
    this.dataSource = dataSource;
    this.events = events;
    this.parallelism = parallelism;
  }

  public OnboardingReport onboard(Collection<String> ibgeCodes) {
    return onboard(ibgeCodes, progress -> {});
  }

  public OnboardingReport onboardState(String uf, Consumer<Progress> listener) {
    return onboardState(uf, listener, null);
  }

  /** Every municipality of the state, on the given server or (null) by the placement rule. */
  public OnboardingReport onboardState(String uf, Consumer<Progress> listener, String serverKey) {
    List<String> codes = municipalities.ofState(uf).stream().map(m -> m.id().ibgeCode()).toList();
    return onboard(codes, listener, serverKey);
  }

  public OnboardingReport onboard(Collection<String> ibgeCodes, Consumer<Progress> listener) {
    return onboard(ibgeCodes, listener, null);
  }

  /**
   * Onboards on the given database server, or (null) where the placement rule says
   * ({@link DatabaseServers#place}: the open server with the fewest municipalities). A municipality
   * already catalogued but never built keeps its server unless one is given.
   */
  public OnboardingReport onboard(Collection<String> ibgeCodes, Consumer<Progress> listener, String serverKey) {
    long start = System.nanoTime();
    DatabaseServers.Server explicit = serverKey == null ? null : servers.require(serverKey);
    Map<String, Long> counts = servers.single() ? Map.of() : new java.util.HashMap<>(catalog.countByServer());
    Map<String, TeiaException> refused = new LinkedHashMap<>();
    List<TenantId> alreadyActive = new ArrayList<>();
    List<TenantId> toBuild = new ArrayList<>();
    for (String input : ibgeCodes) {
      try {
        Municipality m = municipalities.require(input);
        if (toBuild.contains(m.id()) || alreadyActive.contains(m.id())) {
          continue; // the same code twice in one list
        }
        boolean inserted = catalog.insertProvisioning(m);
        Tenant tenant = catalog.find(m.id()).orElseThrow();
        if (tenant.changelogVersion() != null) {
          alreadyActive.add(m.id()); // built before; later changes come through migrate-all
        } else {
          if (explicit != null || (inserted && !servers.single())) {
            DatabaseServers.Server server = explicit != null ? explicit : servers.place(counts);
            catalog.placeOn(m.id(), server.key());
            counts.merge(server.key(), 1L, Long::sum); // counted before this list was inserted
          }
          toBuild.add(m.id());
        }
      } catch (TeiaException e) {
        refused.put(String.valueOf(input), e);
      }
    }
    List<TenantId> onboarded = new CopyOnWriteArrayList<>();
    Map<TenantId, String> failed = new ConcurrentHashMap<>();
    if (!toBuild.isEmpty()) {
      try (var lock = MigrationLock.shared(dataSource)) {
        SchemaScripts.Baseline baseline = scripts.baseline();
        BoundedParallel.run("onboarding", toBuild, parallelism, id -> {
          try {
            build(id, baseline);
            onboarded.add(id);
            events.publishEvent(new TenantLifecycleChanged(id, Change.ONBOARDED, baseline.version()));
            return true;
          } catch (RuntimeException e) {
            String error = rootMessage(e);
            log.warn("onboarding {} failed: {}", id, error);
            catalog.markOnboardingFailed(id, error);
            failed.put(id, error);
            return false;
          }
        }, listener);
      }
    }
    return new OnboardingReport(List.copyOf(onboarded), List.copyOf(alreadyActive), refused,
        Map.copyOf(failed), Duration.ofNanos(System.nanoTime() - start));
  }

  /** Drops whatever a crashed attempt left (a never-provisioned tenant holds no data) and rebuilds. */
  private void build(TenantId id, SchemaScripts.Baseline baseline) {
    String schema = id.schemaName();
    String serverKey = catalog.find(id).map(Tenant::serverKey).orElse(DatabaseServers.MAIN);
    if (!serverKey.equals(DatabaseServers.MAIN)) {
      // Another server: its schema in one transaction there, then the catalogue on the main server.
      // A crash between the two leaves an unrecorded schema that the next attempt drops and rebuilds.
      servers.forget(schema);
      scripts.on(servers.require(serverKey)).replay(schema,
          "DROP SCHEMA IF EXISTS %s CASCADE; CREATE SCHEMA %s;".formatted(schema, schema), baseline.script(), null);
      catalog.markProvisioned(id, baseline.version());
      return;
    }
    // The row lock makes a concurrent builder of the same tenant wait, then refuse.
    String claim = """
        DO $$ BEGIN
          PERFORM 1 FROM platform.tenant WHERE ibge_code = '%s' AND changelog_version IS NULL FOR UPDATE;
          IF NOT FOUND THEN RAISE EXCEPTION 'tenant %s is already provisioned'; END IF;
        END $$;
        DROP SCHEMA IF EXISTS %s CASCADE; CREATE SCHEMA %s;
        """.formatted(id.ibgeCode(), id.ibgeCode(), schema, schema); // digits only: validated by TenantId
    scripts.replay(schema, claim,
        baseline.script(),
        """
        UPDATE platform.tenant SET status = 'ACTIVE', changelog_version = ?, last_error = NULL,
          updated_at = now() WHERE ibge_code = ? AND changelog_version IS NULL""",
        baseline.version(), id.ibgeCode());
  }

  public void suspend(TenantId id) {
    require(id);
    catalog.setStatus(id, TenantStatus.SUSPENDED);
    events.publishEvent(new TenantLifecycleChanged(id, Change.SUSPENDED, null));
  }

  public void reactivate(TenantId id) {
    Tenant tenant = require(id);
    if (tenant.changelogVersion() == null) {
      throw new TeiaException("tenant.not-provisioned", id);
    }
    catalog.setStatus(id, tenant.lastError() == null ? TenantStatus.ACTIVE : TenantStatus.FAILED);
    events.publishEvent(new TenantLifecycleChanged(id, Change.REACTIVATED, null));
  }

  private Tenant require(TenantId id) {
    return catalog.find(id).orElseThrow(() -> new TeiaException("tenant.unknown", id));
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.length() > 2000 ? message.substring(0, 2000) : message;
  }
}
