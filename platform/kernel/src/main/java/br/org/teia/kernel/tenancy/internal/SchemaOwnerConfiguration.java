package br.org.teia.kernel.tenancy.internal;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The second pool (ADR 0011): schema work (Liquibase, onboarding, migrate-all) signs in as the
 * owner role, {@code teia.datasource.owner.*}; the application's own DataSource
 * ({@code spring.datasource.*}) signs in as the application role, which may only read and write
 * rows. The embedded PostgreSQL defines both pools itself, so this applies only with a
 * {@code spring.datasource.url}. The pool keeps no idle connection (settings in
 * {@code teia.datasource.owner.hikari.*}, see teia-kernel-defaults.properties).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.datasource.url:}'.isEmpty()")
public class SchemaOwnerConfiguration {

  /** The owner's pool; not a candidate for plain DataSource injection, so JPA and JDBC never see it. */
  public static final String OWNER_DATA_SOURCE = "schemaOwnerDataSource";

  @Bean(name = OWNER_DATA_SOURCE, defaultCandidate = false, destroyMethod = "close")
  @ConfigurationProperties("teia.datasource.owner.hikari")
  HikariDataSource schemaOwnerDataSource(@Value("${teia.datasource.owner.url:}") String url,
      @Value("${spring.datasource.url}") String applicationUrl,
      @Value("${teia.datasource.owner.username:}") String username,
      @Value("${teia.datasource.owner.password:}") String password) {
    if (username.isBlank()) {
      throw new IllegalStateException("teia.datasource.owner.username is not set: Teia needs the owner role for "
          + "its schemas besides the application role of spring.datasource.username (create both with "
          + "infra/db-roles.sql; README, \"Database roles\")");
    }
    return DataSourceBuilder.create()
        .type(HikariDataSource.class)
        .url(url.isBlank() ? applicationUrl : url)
        .username(username)
        .password(password)
        .build();
  }
}
