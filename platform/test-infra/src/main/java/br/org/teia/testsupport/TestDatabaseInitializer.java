package br.org.teia.testsupport;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring test context at the test JVM's real PostgreSQL (registered through
 * spring.factories), unless a test sets its own datasource.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    var env = context.getEnvironment();
    if (env.containsProperty("spring.datasource.url") || env.containsProperty("teia.test.no-database")) {
      return;
    }
    TestPostgres postgres = TestPostgres.get();
    env.getPropertySources().addFirst(new MapPropertySource("teia-test-postgres", Map.of(
        "spring.datasource.url", postgres.jdbcUrl(),
        "spring.datasource.username", postgres.user(),
        "spring.datasource.password", "")));
  }
}
