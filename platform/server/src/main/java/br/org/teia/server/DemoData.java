package br.org.teia.server;

import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.OnboardingReport;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Demo data, idempotent: Belo Horizonte and Betim (named in the documents Teia comes from), three
 * small towns of Minas Gerais, and one login per role, printed when the application is ready.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "teia.demo.enabled", havingValue = "true")
public class DemoData implements ApplicationRunner {

  public static final TenantId BELO_HORIZONTE = TenantId.of("3106200");
  public static final TenantId BETIM = TenantId.of("3106705");
  public static final TenantId SERRA_DA_SAUDADE = TenantId.of("3166600");
  public static final TenantId CEDRO_DO_ABAETE = TenantId.of("3115607");
  public static final TenantId ARAPONGA = TenantId.of("3103702");
  public static final List<String> MUNICIPALITIES = List.of(BELO_HORIZONTE.ibgeCode(), BETIM.ibgeCode(),
      SERRA_DA_SAUDADE.ibgeCode(), CEDRO_DO_ABAETE.ibgeCode(), ARAPONGA.ibgeCode());
  public static final String PASSWORD = "Teia@demo2026";

  /** One demo login: who, what they are, where. */
  public record DemoLogin(String username, String displayName, Role role, List<TenantId> tenants) {}

  public static final List<DemoLogin> LOGINS = List.of(
      new DemoLogin("admin@cogemas.demo", "Ana Administradora (COGEMAS)", Role.ASSOCIATION_ADMIN, List.of()),
      new DemoLogin("equipe@cogemas.demo", "Bruno da Equipe (COGEMAS)", Role.ASSOCIATION_STAFF, List.of()),
      new DemoLogin("gestora@bh.demo", "Carla Gestora (Belo Horizonte)", Role.MUNICIPAL_MANAGER, List.of(BELO_HORIZONTE)),
      new DemoLogin("tecnico@bh.demo", "Diego Técnico (Belo Horizonte)", Role.MUNICIPAL_STAFF, List.of(BELO_HORIZONTE)),
      new DemoLogin("cmas@bh.demo", "Elisa Secretária do CMAS (Belo Horizonte)", Role.COUNCIL_SECRETARY, List.of(BELO_HORIZONTE)),
      new DemoLogin("conselheira@bh.demo", "Fátima Conselheira (Belo Horizonte)", Role.COUNCIL_MEMBER, List.of(BELO_HORIZONTE)),
      new DemoLogin("gestor@betim.demo", "Gustavo Gestor (Betim)", Role.MUNICIPAL_MANAGER, List.of(BETIM)),
      new DemoLogin("consultora@pequenos.demo", "Helena Consultora (3 municípios)", Role.MUNICIPAL_STAFF,
          List.of(SERRA_DA_SAUDADE, CEDRO_DO_ABAETE, ARAPONGA)));

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final TenantOnboarding onboarding;
  private final AccountRepository accounts;
  private final PasswordEncoder passwords;
  private final Environment environment;

  DemoData(TenantOnboarding onboarding, AccountRepository accounts, PasswordEncoder passwords, Environment environment) {
    this.onboarding = onboarding;
    this.accounts = accounts;
    this.passwords = passwords;
    this.environment = environment;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!args.getNonOptionArgs().isEmpty()) {
      return; // an operator command, not a demo run
    }
    OnboardingReport report = onboarding.onboard(MUNICIPALITIES);
    log.info("demo municipalities: {} onboarded, {} already there", report.onboarded().size(),
        report.alreadyActive().size());
    for (DemoLogin login : LOGINS) {
      String hash = accounts.findByUsername(login.username()).isPresent() ? null : passwords.encode(PASSWORD);
      UUID id = accounts.createIfAbsent(login.username(), login.displayName(), login.username(), hash);
      if (login.role().scope() == Role.Scope.ASSOCIATION) {
        accounts.grantAssociationRole(id, login.role());
      } else {
        login.tenants().forEach(tenant -> accounts.grantMembership(id, tenant, login.role()));
      }
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  void printLogins() {
    String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    StringBuilder text = new StringBuilder("\n\n  Teia está no ar: http://localhost:" + port + "\n")
        .append("  Senha de todas as contas de demonstração: ").append(PASSWORD).append("\n");
    for (DemoLogin login : LOGINS) {
      text.append(String.format("    %-26s %-20s %s%n", login.username(), login.role(), login.displayName()));
    }
    log.info(text.toString());
  }
}
