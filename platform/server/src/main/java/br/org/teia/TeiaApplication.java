package br.org.teia;

import br.org.teia.server.TenantCommands;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Teia: one deployment serving every member municipality of the association. */
@SpringBootApplication
public class TeiaApplication {

  /**
   * Vaadin's servlet auto-configurations, which require a web application context: left out when
   * Teia runs without a web server (operator commands, benchmarks), or the context fails to start.
   */
  public static final String WEB_ONLY_AUTO_CONFIGURATION =
      "com.vaadin.flow.spring.SpringBootAutoConfiguration,com.vaadin.flow.spring.SpringSecurityAutoConfiguration";

  public static void main(String[] args) {
    SpringApplication app = new SpringApplication(TeiaApplication.class);
    if (TenantCommands.isCommand(args)) {
      app.setWebApplicationType(WebApplicationType.NONE); // a CLI run needs no web server
      app.setDefaultProperties(Map.of("spring.autoconfigure.exclude", WEB_ONLY_AUTO_CONFIGURATION));
    }
    app.run(args);
  }
}
