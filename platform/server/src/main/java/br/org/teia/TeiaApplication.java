package br.org.teia;

import br.org.teia.server.TenantCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Teia: one deployment serving every member municipality of the association. */
@SpringBootApplication
public class TeiaApplication {

  public static void main(String[] args) {
    SpringApplication app = new SpringApplication(TeiaApplication.class);
    if (TenantCommands.isCommand(args)) {
      app.setWebApplicationType(WebApplicationType.NONE); // a CLI run needs no web server
    }
    app.run(args);
  }
}
