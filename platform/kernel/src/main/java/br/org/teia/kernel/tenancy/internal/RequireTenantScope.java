package br.org.teia.kernel.tenancy.internal;

import br.org.teia.kernel.tenancy.NoTenantScopeException;
import br.org.teia.kernel.tenancy.TenantScope;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Every Hibernate statement touches tenant data: refuse it loudly outside a tenant scope. */
public final class RequireTenantScope implements StatementInspector {

  @Override
  public String inspect(String sql) {
    if (TenantScope.current().isEmpty()) {
      throw new NoTenantScopeException();
    }
    return sql;
  }
}
