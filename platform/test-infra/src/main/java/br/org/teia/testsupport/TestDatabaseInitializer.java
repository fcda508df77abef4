package br.org.teia.testsupport;

import java.util.HashMap;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring test context at the test JVM's real PostgreSQL (registered through
 * spring.factories), unless a test sets its own datasource: the application's pool as the
 * least-privileged application role, schema work as the owner role, as in production (ADR 0011).
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    var env = context.getEnvironment();
    if (env.containsProperty("spring.datasource.url") || env.containsProperty("teia.test.no-database")) {
      return;
    }
    env.getPropertySources().addFirst(new MapPropertySource("teia-test-postgres",
        new HashMap<>(TestPostgres.get().database().properties())));
  }
}
