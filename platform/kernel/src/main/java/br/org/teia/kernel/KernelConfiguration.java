package br.org.teia.kernel;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import javax.sql.DataSource;

/**
 * Kernel defaults every application and test inherits (lowest precedence: application.yaml and
 * the environment override them).
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:teia-kernel-defaults.properties")
public class KernelConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }

  @Bean
  JdbcClient jdbcClient(DataSource dataSource) {
    return JdbcClient.create(dataSource);
  }
}
