package br.org.teia.kernel.audit;

import br.org.teia.kernel.tenancy.TenantLifecycleChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the catalogue's lifecycle changes to the audit log. Tenancy publishes the facts and the
 * audit listens, so the audit (which reads the tenant scope) never becomes a dependency of tenancy.
 */
@Component
class TenantLifecycleAudit {

  private final AuditLog audit;

  TenantLifecycleAudit(AuditLog audit) {
    this.audit = audit;
  }

  @EventListener
  void on(TenantLifecycleChanged event) {
    AuditAction action = switch (event.change()) {
      case ONBOARDED -> AuditAction.TENANT_ONBOARDED;
      case SUSPENDED -> AuditAction.TENANT_SUSPENDED;
      case REACTIVATED -> AuditAction.TENANT_REACTIVATED;
      case RESTORED -> AuditAction.TENANT_RESTORED;
      case MOVING -> AuditAction.TENANT_MOVING;
      case MOVED -> AuditAction.TENANT_MOVED;
      case MOVE_FAILED -> AuditAction.TENANT_MOVE_FAILED;
    };
    audit.record(action, "tenant", event.tenant().ibgeCode(), event.changelogVersion());
  }
}
