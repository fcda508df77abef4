package br.org.teia.embeddedpostgres;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, Teia runs on an embedded PostgreSQL whose data stays in
 * a folder between runs. Set the URL (see README) to use an external PostgreSQL instead.
 *
 * <p>Two pools, two roles (ADR 0011): the application's {@code dataSource} signs in as
 * {@value EmbeddedDatabase#APP}, which may only read and write rows; {@value #OWNER_DATA_SOURCE}
 * (the kernel's name for the pool of schema work: Liquibase, onboarding, migrate-all) as
 * {@value EmbeddedDatabase#OWNER}. Neither is a superuser.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {

  /** The bean name the kernel asks for (kernel.tenancy.internal.SchemaOwnerConfiguration). */
  static final String OWNER_DATA_SOURCE = "schemaOwnerDataSource";

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedDatabase embeddedPostgres(@Value("${teia.embedded-postgres.data-dir}") Path dataDir,
      @Value("${teia.embedded-postgres.port}") int port) throws IOException {
    Files.createDirectories(dataDir.getParent());
    log.info("starting embedded PostgreSQL on port {} with data in {}", port, dataDir.toAbsolutePath());
    return EmbeddedDatabase.start(dataDir, port);
  }

  @Bean
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource dataSource(EmbeddedDatabase postgres) {
    return pool(postgres, postgres.app());
  }

  /** Not a candidate for plain DataSource injection: JPA, JDBC and Boot's auto-configuration see the application's pool only. */
  @Bean(name = OWNER_DATA_SOURCE, defaultCandidate = false, destroyMethod = "close")
  @ConfigurationProperties("teia.datasource.owner.hikari")
  HikariDataSource schemaOwnerDataSource(EmbeddedDatabase postgres) {
    return pool(postgres, postgres.owner());
  }

  private static HikariDataSource pool(EmbeddedDatabase postgres, DatabaseRoles.Login login) {
    return DataSourceBuilder.create()
        .type(HikariDataSource.class)
        .driverClassName("org.postgresql.Driver")
        .url(postgres.jdbcUrl())
        .username(login.user())
        .password(login.password())
        .build();
  }
}
