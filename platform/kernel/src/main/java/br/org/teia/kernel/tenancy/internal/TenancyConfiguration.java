package br.org.teia.kernel.tenancy.internal;

import br.org.teia.kernel.tenancy.TenantDataWritten;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires Hibernate's SCHEMA multi-tenancy to the tenant scope, over the one connection pool. */
@Configuration(proxyBeanMethods = false)
public class TenancyConfiguration {

  @Bean
  HibernatePropertiesCustomizer schemaPerTenant(DataSource dataSource, ObjectProvider<TenantDataWritten> writes) {
    return (Map<String, Object> properties) -> {
      properties.put(AvailableSettings.MULTI_TENANT_CONNECTION_PROVIDER,
          new SchemaPerTenantConnectionProvider(dataSource));
      properties.put(AvailableSettings.MULTI_TENANT_IDENTIFIER_RESOLVER,
          new ScopeTenantIdentifierResolver());
      properties.put(AvailableSettings.STATEMENT_INSPECTOR, new RequireTenantScope(writes.orderedStream().toList()));
    };
  }
}
