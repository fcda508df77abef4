package br.org.teia.kernel.audit;

import br.org.teia.kernel.tenancy.TenantId;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code platform.audit_event}, as screens read it. */
public record AuditEvent(
    long id,
    Instant occurredAt,
    UUID accountId,
    String actor,
    TenantId tenant,
    AuditAction action,
    String entityType,
    String entityId,
    String details) {}
