package br.org.teia.kernel.audit;

import br.org.teia.kernel.audit.AuditActor.Actor;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only audit log ({@code platform.audit_event}; the database refuses UPDATE, DELETE and
 * TRUNCATE). Who acts comes from the {@link AuditActor} bean, the tenant from the current
 * {@link TenantScope} (none for platform events).
 *
 * <p>Transactions (ADR 0003):
 * <ul>
 *   <li>inside a writable transaction the event <b>joins it</b>: it is committed with the change it
 *       describes, and rolled back with it — a log never claims a change that did not happen;
 *   <li>inside a read-only transaction (PostgreSQL refuses an INSERT there) the event is written in
 *       a transaction of its own ({@code REQUIRES_NEW}) and stays even if the reader later fails:
 *       the data was seen. That new transaction borrows a <b>second pooled connection</b> while the
 *       caller still holds its first, so the pool must stay larger than the number of read-only
 *       transactions that audit at the same time, or they wait on each other until the pool's
 *       connection timeout;
 *   <li>outside any transaction it is a single auto-committed INSERT.
 * </ul>
 */
@Service
public class AuditLog {

  private static final String COLUMNS =
      "id, occurred_at, account_id, actor, tenant_code, action, entity_type, entity_id, details";

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;
  private final ObjectProvider<AuditActor> actors;
  private final Clock clock;

  AuditLog(JdbcClient jdbc, PlatformTransactionManager transactions, ObjectProvider<AuditActor> actors,
      Clock clock) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.actors = actors;
    this.clock = clock;
  }

  /** Records what the current actor did, in the current tenant (if any). */
  public void record(AuditAction action, String entityType, String entityId, String details) {
    recordAs(currentActor(), action, entityType, entityId, details);
  }

  /**
   * Records on behalf of an actor the {@link AuditActor} cannot know yet: the account that just
   * logged in (before the security context holds it), or the user name a failed login tried.
   */
  public void recordAs(Actor actor, AuditAction action, String entityType, String entityId, String details) {
    requireLength("entityType", entityType, 100);
    requireLength("entityId", entityId, 100);
    Actor who = actor == null ? Actor.SYSTEM : actor;
    String tenant = TenantScope.current().map(TenantId::ibgeCode).orElse(null);
    Runnable insert = () -> jdbc.sql("""
            INSERT INTO platform.audit_event
              (occurred_at, account_id, actor, tenant_code, action, entity_type, entity_id, details)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), who.accountId(),
            truncate(who.displayName(), 200), tenant, action.name(), entityType, entityId, details)
        .update();
    if (TransactionSynchronizationManager.isActualTransactionActive()
        && TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      ownTransaction.executeWithoutResult(status -> insert.run());
    } else {
      insert.run(); // joins a writable transaction through the bound connection, else auto-commits
    }
  }

  /** A tenant's events, newest first: for the association's administrators and that tenant's manager. */
  @PreAuthorize("hasRole('ASSOCIATION_ADMIN') or (hasRole('MUNICIPAL_MANAGER') and @currentUser.tenant().orElse(null) == #tenant)")
  public Slice<AuditEvent> byTenant(TenantId tenant, Pageable page) {
    return slice("tenant_code = ?", tenant.ibgeCode(), page);
  }

  /** What one account did, in any tenant, newest first: for the association's administrators. */
  @PreAuthorize("hasRole('ASSOCIATION_ADMIN')")
  public Slice<AuditEvent> byAccount(UUID accountId, Pageable page) {
    return slice("account_id = ?", accountId, page);
  }

  private Slice<AuditEvent> slice(String where, Object value, Pageable page) {
    // One row more than asked tells whether there is a next page, without counting a big table.
    List<AuditEvent> rows = jdbc.sql("SELECT " + COLUMNS + " FROM platform.audit_event WHERE " + where
            + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")
        .params(value, page.getPageSize() + 1, page.getOffset())
        .query(AuditLog::map).list();
    boolean hasNext = rows.size() > page.getPageSize();
    return new SliceImpl<>(hasNext ? rows.subList(0, page.getPageSize()) : rows, page, hasNext);
  }

  private Actor currentActor() {
    Actor actor = actors.getIfAvailable(() -> AuditActor.SYSTEM).current();
    return actor == null ? Actor.SYSTEM : actor;
  }

  private static void requireLength(String name, String value, int max) {
    if (value != null && value.length() > max) {
      throw new IllegalArgumentException(name + " longer than " + max + ": " + value);
    }
  }

  private static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }

  private static AuditEvent map(ResultSet rs, int row) throws SQLException {
    String tenant = rs.getString("tenant_code");
    return new AuditEvent(
        rs.getLong("id"),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getObject("account_id", UUID.class),
        rs.getString("actor"),
        tenant == null ? null : TenantId.of(tenant),
        AuditAction.valueOf(rs.getString("action")),
        rs.getString("entity_type"),
        rs.getString("entity_id"),
        rs.getString("details"));
  }
}
