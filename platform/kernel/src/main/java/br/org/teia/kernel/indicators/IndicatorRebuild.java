package br.org.teia.kernel.indicators;

import br.org.teia.kernel.task.TenantJobReport;
import br.org.teia.kernel.task.TenantJobs;
import br.org.teia.kernel.tenancy.TenantLifecycleChanged;
import br.org.teia.kernel.tenancy.TenantScope;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes every module's figures of every active municipality: for recovery (a rollup row lost
 * or wrong) and after a new indicator is declared. Each municipality is computed in a transaction
 * of its own, so one failure neither blocks nor undoes the others; the result equals what the
 * incremental path would have written. Definitions no module declares any more are dropped with
 * their values. Municipalities are rebuilt {@code teia.indicators.rebuild-parallelism} at a time
 * (default 4: one town's work alternates between the JVM and PostgreSQL, so a single thread keeps
 * about one core busy; issue 15 asks for the whole country, 5,570 towns, within a minute).
 */
@Service
public class IndicatorRebuild {

  private static final Logger log = LoggerFactory.getLogger(IndicatorRebuild.class);

  private final IndicatorRollup rollup;
  private final IndicatorRegistry registry;
  private final TenantJobs jobs;
  private final TransactionTemplate transaction;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final int parallelism;

  IndicatorRebuild(IndicatorRollup rollup, IndicatorRegistry registry, TenantJobs jobs,
      PlatformTransactionManager transactions, JdbcClient jdbc, ApplicationEventPublisher events,
      @Value("${teia.indicators.rebuild-parallelism:4}") int parallelism) {
    this.parallelism = parallelism;
    this.rollup = rollup;
    this.registry = registry;
    this.jobs = jobs;
    this.transaction = new TransactionTemplate(transactions);
    this.jdbc = jdbc;
    this.events = events;
  }

  public TenantJobReport rebuildAll() {
    Set<String> declared = new HashSet<>();
    rollup.sources().keySet().forEach(module -> declared.addAll(registry.definitionsOf(module).keySet()));
    int dropped = declared.isEmpty()
        ? jdbc.sql("DELETE FROM platform.indicator_definition").update()
        : jdbc.sql("DELETE FROM platform.indicator_definition WHERE code NOT IN (:codes)").param("codes", declared).update();
    if (dropped > 0) {
      log.info("indicator rebuild: dropped {} definitions no module declares", dropped);
    }
    TenantJobReport report = jobs.forEachActiveTenant("indicator-rebuild", parallelism, tenant ->
        transaction.executeWithoutResult(status -> rollup.refreshAll(rollup.sources().values())));
    events.publishEvent(new IndicatorsRolledUp(null, Set.copyOf(declared)));
    return report;
  }

  /**
   * A municipality restored from a backup holds other rows than its figures were computed from:
   * computes them again. Should that fail, the restore stands and the nightly rebuild repairs the figures.
   */
  @EventListener
  void on(TenantLifecycleChanged event) {
    if (event.change() != TenantLifecycleChanged.Change.RESTORED) {
      return;
    }
    try (var scope = TenantScope.enter(event.tenant())) {
      Set<String> moved = new HashSet<>();
      transaction.executeWithoutResult(status -> moved.addAll(rollup.refreshAll(rollup.sources().values())));
      events.publishEvent(new IndicatorsRolledUp(event.tenant(), Set.copyOf(moved)));
    } catch (RuntimeException e) {
      log.warn("indicators of restored municipality {} not recomputed (the nightly rebuild will): {}", event.tenant(), e.toString());
    }
  }
}
