package br.org.teia.testsupport;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring test context at the test JVM's real PostgreSQL (registered through
 * spring.factories), unless a test sets its own datasource: the application's pool as the
 * least-privileged application role, schema work as the owner role, as in production (ADR 0011).
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /**
   * Spring keeps every test context of a JVM open in its cache; with production's fixed pool of ten
   * each one held ten idle connections, and the server module's dozen contexts took all of
   * PostgreSQL's 100 slots ("Failed to load ApplicationContext" in CI). A cached context now keeps
   * one idle connection and gives back the rest after ten seconds.
   */
  static final Map<String, String> IDLE_POOL = Map.of(
      "spring.datasource.hikari.minimum-idle", "1",
      "spring.datasource.hikari.idle-timeout", "10000");

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    var env = context.getEnvironment();
    if (env.containsProperty("spring.datasource.url") || env.containsProperty("teia.test.no-database")) {
      return;
    }
    var settings = new HashMap<String, Object>(TestPostgres.get().database().properties());
    settings.putAll(IDLE_POOL);
    env.getPropertySources().addFirst(new MapPropertySource("teia-test-postgres", settings));
  }
}
