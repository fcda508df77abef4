package br.org.teia.kernel.indicators;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import br.org.teia.kernel.tenancy.DatabaseServers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the figures of the tenant in scope to the platform rollup ({@code platform.indicator_value}
 * and this month's point of {@code platform.indicator_history}).
 *
 * <p>{@link #changed(String)} inside a writable transaction defers the work to just before commit,
 * once per module however often it is called: the module's pending JPA changes are flushed, its
 * source computes the figures from the same connection (so it sees the uncommitted change), and the
 * rows are written in that transaction — the rollup commits or rolls back with the change. A figure
 * that did not move writes nothing; when some did, {@link IndicatorsRolledUp} is published after
 * commit so that cached comparisons are dropped.
 */
@Service
public class IndicatorRollup implements Indicators {

  private static final Logger log = LoggerFactory.getLogger(IndicatorRollup.class);

  /** Resolved on first use: sources depend on module services that depend on {@link Indicators}. */
  private final ObjectProvider<IndicatorSource> sourceBeans;
  private volatile Map<String, IndicatorSource> sources;
  private final IndicatorRegistry registry;
  private final JdbcTemplate jdbc;
  private final EntityManagerFactory entityManagerFactory;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final SystemWork systemWork;
  private final DatabaseServers servers;
  private final ObjectProvider<PlatformTransactionManager> transactions;
  /** Binds the platform sources' pending set to a transaction, apart from the tenant sources' ({@code this}). */
  private final Object platformKey = new Object();

  IndicatorRollup(ObjectProvider<IndicatorSource> sources, IndicatorRegistry registry, JdbcTemplate jdbc,
      EntityManagerFactory entityManagerFactory, ApplicationEventPublisher events, Clock clock, SystemWork systemWork,
      DatabaseServers servers, ObjectProvider<PlatformTransactionManager> transactions) {
    this.servers = servers;
    this.transactions = transactions;
    this.sourceBeans = sources;
    this.registry = registry;
    this.jdbc = jdbc;
    this.entityManagerFactory = entityManagerFactory;
    this.events = events;
    this.clock = clock;
    this.systemWork = systemWork;
  }

  @Override
  public void changed(String module) {
    IndicatorSource source = source(module);
    TenantId tenant = TenantScope.require();
    if (!TransactionSynchronizationManager.isSynchronizationActive()
        || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      publishIfMoved(tenant, write(tenant, source));
      return;
    }
    pending().add(source);
  }

  @Override
  public void changed(String module, TenantId tenant) {
    if (!(source(module) instanceof PlatformIndicatorSource source)) {
      throw new IllegalArgumentException(module + " reads tenant tables: call changed(module) in the tenant's scope");
    }
    if (!TransactionSynchronizationManager.isSynchronizationActive()
        || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      publishIfMoved(tenant, write(tenant, source));
      return;
    }
    platformPending().computeIfAbsent(tenant, t -> new LinkedHashSet<>()).add(source);
  }

  /** The platform sources and municipalities waiting for this transaction's commit. */
  private Map<TenantId, Set<PlatformIndicatorSource>> platformPending() {
    @SuppressWarnings("unchecked")
    Map<TenantId, Set<PlatformIndicatorSource>> pending =
        (Map<TenantId, Set<PlatformIndicatorSource>>) TransactionSynchronizationManager.getResource(platformKey);
    if (pending != null) {
      return pending;
    }
    Map<TenantId, Set<PlatformIndicatorSource>> fresh = new java.util.LinkedHashMap<>();
    TransactionSynchronizationManager.bindResource(platformKey, fresh);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      private final Map<TenantId, Set<String>> moved = new HashMap<>();

      @Override
      public void beforeCommit(boolean readOnly) {
        fresh.forEach((tenant, sources) -> sources.forEach(source ->
            moved.computeIfAbsent(tenant, t -> new HashSet<>()).addAll(write(tenant, source))));
      }

      @Override
      public void afterCommit() {
        moved.forEach(IndicatorRollup.this::publishIfMoved);
      }

      @Override
      public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(platformKey);
      }
    });
    return fresh;
  }

  /** Computes and writes one module's figures for the tenant in scope; the caller holds the transaction. */
  Set<String> refresh(IndicatorSource source) {
    return write(TenantScope.require(), source);
  }

  /**
   * Computes every module's figures for the tenant in scope and writes those that differ from the
   * rollup's, in one batch per table (the rebuild); the caller holds the transaction. The figures
   * stored are read first, in one statement: most figures do not move from one night to the next,
   * and an upsert locks its row even when its condition skips the update, so writing every figure
   * would lock every row of every town and make each town's commit wait for a WAL flush.
   */
  Set<String> refreshAll(java.util.Collection<IndicatorSource> sources) {
    TenantId tenant = TenantScope.require();
    List<IndicatorFigure> all = new ArrayList<>();
    for (IndicatorSource source : sources) {
      all.addAll(compute(tenant, source));
    }
    Map<String, IndicatorFigure> stored = new HashMap<>();
    jdbc.query("SELECT code, value, denominator FROM platform.indicator_value WHERE tenant_code = ?",
        rs -> {
          stored.put(rs.getString(1), new IndicatorFigure(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)));
        }, tenant.ibgeCode());
    return write(tenant, all.stream().filter(figure -> !same(stored.get(figure.code()), figure)).toList());
  }

  /** Equal as the rollup compares them ({@code IS DISTINCT FROM} on numerics: 2 equals 2.0000). */
  static boolean same(IndicatorFigure stored, IndicatorFigure figure) {
    return stored != null && stored.value().compareTo(figure.value()) == 0
        && (stored.denominator() == null ? figure.denominator() == null
            : figure.denominator() != null && stored.denominator().compareTo(figure.denominator()) == 0);
  }

  Map<String, IndicatorSource> sources() {
    Map<String, IndicatorSource> resolved = sources;
    if (resolved == null) {
      resolved = sourceBeans.orderedStream().collect(Collectors.toMap(IndicatorSource::module, Function.identity()));
      sources = resolved;
    }
    return resolved;
  }

  private IndicatorSource source(String module) {
    IndicatorSource source = sources().get(module);
    if (source == null) {
      throw new IllegalArgumentException("no indicator source for module " + module);
    }
    return source;
  }

  /** The modules waiting for this transaction's commit, bound to it on first use. */
  private Set<IndicatorSource> pending() {
    @SuppressWarnings("unchecked")
    Set<IndicatorSource> pending = (Set<IndicatorSource>) TransactionSynchronizationManager.getResource(this);
    if (pending != null) {
      return pending;
    }
    Set<IndicatorSource> fresh = new LinkedHashSet<>();
    TenantId tenant = TenantScope.require();
    // A municipality on another server than the rollup's cannot share a transaction with it (ADR 0024):
    // its figures are computed and written after its commit; the nightly rebuild repairs a lost one.
    boolean offMain = servers.offMain(tenant);
    TransactionSynchronizationManager.bindResource(this, fresh);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      private final Set<String> moved = new HashSet<>();

      @Override
      public void beforeCommit(boolean readOnly) {
        if (offMain) {
          return;
        }
        flushPendingEntityChanges();
        for (IndicatorSource source : fresh) {
          moved.addAll(write(tenant, source));
        }
      }

      @Override
      public void afterCommit() {
        if (offMain) {
          try {
            TransactionTemplate after = new TransactionTemplate(transactions.getObject());
            after.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            after.executeWithoutResult(status -> fresh.forEach(source -> moved.addAll(write(tenant, source))));
          } catch (RuntimeException e) {
            log.warn("figures of {} not rolled up after its commit (the nightly rebuild will): {}", tenant, e.toString());
          }
        }
        publishIfMoved(tenant, moved);
      }

      @Override
      public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(IndicatorRollup.this);
      }
    });
    return fresh;
  }

  private void flushPendingEntityChanges() {
    EntityManager em = EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactory);
    if (em != null) {
      em.flush();
    }
  }

  private Set<String> write(TenantId tenant, IndicatorSource source) {
    return write(tenant, compute(tenant, source));
  }

  /** The module's figures for the tenant, checked against its definitions (every one, once). */
  private List<IndicatorFigure> compute(TenantId tenant, IndicatorSource source) {
    Map<String, IndicatorDefinition> definitions = registry.definitionsOf(source.module());
    Map<String, IndicatorFigure> figures = new HashMap<>();
    // Whoever triggered it (a council member, a rebuild with nobody signed in), the figures are read
    // with the rights of the municipality's staff: aggregates of the module's own tables.
    // A platform source reads only platform tables about the named municipality: no scope to enter
    // (the caller's transaction may belong to another municipality's scope).
    List<IndicatorFigure> computed = source instanceof PlatformIndicatorSource platform
        ? platform.compute(tenant) : systemWork.in(tenant, Role.MUNICIPAL_STAFF, source::compute);
    for (IndicatorFigure figure : computed) {
      if (!definitions.containsKey(figure.code())) {
        throw new IllegalStateException(source.module() + " computed an undeclared indicator " + figure.code());
      }
      if (figures.put(figure.code(), figure) != null) {
        throw new IllegalStateException(source.module() + " computed " + figure.code() + " twice");
      }
    }
    if (!figures.keySet().equals(definitions.keySet())) {
      Set<String> missing = new HashSet<>(definitions.keySet());
      missing.removeAll(figures.keySet());
      throw new IllegalStateException(source.module() + " did not compute " + missing);
    }
    return List.copyOf(figures.values());
  }

  /** Writes the figures that moved to the values and this month's history; returns their codes. */
  private Set<String> write(TenantId tenant, List<IndicatorFigure> all) {
    if (all.isEmpty()) {
      return Set.of();
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    LocalDate period = now.toLocalDate().withDayOfMonth(1);
    // One batch per table, not a statement per figure: a module has dozens, and every change of its
    // data writes them (the unit form of a busy municipality, issue 15).
    int[] changed = jdbc.batchUpdate("""
            INSERT INTO platform.indicator_value AS v (code, tenant_code, value, denominator, updated_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (code, tenant_code) DO UPDATE
              SET value = excluded.value, denominator = excluded.denominator, updated_at = excluded.updated_at
              WHERE v.value IS DISTINCT FROM excluded.value OR v.denominator IS DISTINCT FROM excluded.denominator""",
        all.stream().map(figure -> new Object[] {figure.code(), tenant.ibgeCode(), figure.value(), figure.denominator(),
            Timestamp.from(now.toInstant())}).toList());
    List<IndicatorFigure> movedFigures = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      // a driver that does not count rows in a batch (SUCCESS_NO_INFO) counts as moved: history is idempotent
      if (changed[i] != 0) {
        movedFigures.add(all.get(i));
      }
    }
    if (!movedFigures.isEmpty()) {
      jdbc.batchUpdate("""
              INSERT INTO platform.indicator_history (code, tenant_code, period, value, denominator)
              VALUES (?, ?, ?, ?, ?)
              ON CONFLICT (code, tenant_code, period) DO UPDATE
                SET value = excluded.value, denominator = excluded.denominator""",
          movedFigures.stream().map(figure -> new Object[] {figure.code(), tenant.ibgeCode(), Date.valueOf(period),
              figure.value(), figure.denominator()}).toList());
    }
    Set<String> moved = new HashSet<>();
    movedFigures.forEach(figure -> moved.add(figure.code()));
    return moved;
  }

  private void publishIfMoved(TenantId tenant, Set<String> moved) {
    if (!moved.isEmpty()) {
      events.publishEvent(new IndicatorsRolledUp(tenant, Set.copyOf(moved)));
    }
  }

}
