package br.org.teia.kernel.tenancy.internal;

import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantScope;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Hibernate asks this when a session opens. Outside a scope the session gets the empty
 * {@link SchemaPerTenantConnectionProvider#NO_TENANT} schema, and {@link RequireTenantScope}
 * refuses any statement it tries to run.
 */
public final class ScopeTenantIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

  @Override
  public String resolveCurrentTenantIdentifier() {
    return TenantScope.current().map(TenantId::schemaName)
        .orElse(SchemaPerTenantConnectionProvider.NO_TENANT);
  }

  @Override
  public boolean validateExistingCurrentSessions() {
    return true;
  }
}
