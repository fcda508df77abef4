package br.org.teia.kernel.tenancy.internal;

import br.org.teia.kernel.tenancy.DatabaseServers;
import br.org.teia.kernel.tenancy.TenantDataWritten;
import br.org.teia.kernel.tenancy.TenantScope;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.ConnectionHandle;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;

/** Wires Hibernate's SCHEMA multi-tenancy to the tenant scope, over one connection pool per database server. */
@Configuration(proxyBeanMethods = false)
public class TenancyConfiguration {

  @Bean
  HibernatePropertiesCustomizer schemaPerTenant(DataSource dataSource, DatabaseServers servers,
      ObjectProvider<TenantDataWritten> writes) {
    return (Map<String, Object> properties) -> {
      properties.put(AvailableSettings.MULTI_TENANT_CONNECTION_PROVIDER,
          new SchemaPerTenantConnectionProvider(dataSource, servers));
      properties.put(AvailableSettings.MULTI_TENANT_IDENTIFIER_RESOLVER,
          new ScopeTenantIdentifierResolver());
      properties.put(AvailableSettings.STATEMENT_INSPECTOR, new RequireTenantScope(writes.orderedStream().toList()));
    };
  }

  /**
   * A JPA transaction exposes its connection to plain JDBC on the main DataSource, so platform SQL
   * (audit, rollup, notifications) joins the change's transaction (ADR 0003, 0007). A municipality on
   * another server has its connection there, where the platform schema is not: its transactions do
   * not expose it, and platform SQL takes a connection of the main server (ADR 0024).
   */
  @Bean
  static BeanPostProcessor serverAwareJpaDialect(ObjectProvider<DatabaseServers> servers) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractEntityManagerFactoryBean factory) {
          factory.setJpaDialect(new ServerAwareJpaDialect(servers));
        }
        return bean;
      }
    };
  }

  static final class ServerAwareJpaDialect extends HibernateJpaDialect {
    private final transient ObjectProvider<DatabaseServers> servers;

    ServerAwareJpaDialect(ObjectProvider<DatabaseServers> servers) {
      this.servers = servers;
    }

    @Override
    public ConnectionHandle getJdbcConnection(EntityManager entityManager, boolean readOnly) throws SQLException {
      DatabaseServers known = servers.getIfAvailable();
      if (known != null && !known.single() && TenantScope.current().map(known::offMain).orElse(false)) {
        return null;
      }
      return super.getJdbcConnection(entityManager, readOnly);
    }
  }
}
