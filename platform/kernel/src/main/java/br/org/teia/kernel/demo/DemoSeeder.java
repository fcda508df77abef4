package br.org.teia.kernel.demo;

import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.OnboardingReport;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo, idempotent, only when {@code teia.demo.enabled=true}: onboards the demo municipalities,
 * creates one login per role ({@link DemoData}), then calls every module's {@link DemoContribution}
 * in order; prints the logins when the application is ready. An operator command (a non-option
 * argument) is not a demo run.
 */
@Component
@ConditionalOnProperty(name = DemoData.ENABLED, havingValue = "true")
public class DemoSeeder implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

  private final TenantOnboarding onboarding;
  private final AccountRepository accounts;
  private final PasswordEncoder passwords;
  private final Environment environment;
  private final List<DemoContribution> contributions;

  DemoSeeder(TenantOnboarding onboarding, AccountRepository accounts, PasswordEncoder passwords,
      Environment environment, List<DemoContribution> contributions) {
    this.onboarding = onboarding;
    this.accounts = accounts;
    this.passwords = passwords;
    this.environment = environment;
    this.contributions = contributions.stream().sorted(Comparator.comparingInt(DemoContribution::order)).toList();
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!args.getNonOptionArgs().isEmpty()) {
      return; // an operator command, not a demo run
    }
    OnboardingReport report = onboarding.onboard(DemoData.MUNICIPALITIES);
    log.info("demo municipalities: {} onboarded, {} already there", report.onboarded().size(),
        report.alreadyActive().size());
    for (DemoData.DemoLogin login : DemoData.LOGINS) {
      String hash = accounts.findByUsername(login.username()).isPresent() ? null : passwords.encode(DemoData.PASSWORD);
      UUID id = accounts.createIfAbsent(login.username(), login.displayName(), login.username(), hash);
      if (login.role().scope() == Role.Scope.ASSOCIATION) {
        accounts.grantAssociationRole(id, login.role());
      } else {
        login.tenants().forEach(tenant -> accounts.grantMembership(id, tenant, login.role()));
      }
    }
    contributions.forEach(DemoContribution::seed);
  }

  /** The contributions, in the order they run. */
  public List<DemoContribution> contributions() {
    return contributions;
  }

  @EventListener(ApplicationReadyEvent.class)
  void printLogins() {
    String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    StringBuilder text = new StringBuilder("\n\n  Teia está no ar: http://localhost:" + port + "\n")
        .append("  Senha de todas as contas de demonstração: ").append(DemoData.PASSWORD).append("\n");
    for (DemoData.DemoLogin login : DemoData.LOGINS) {
      text.append(String.format("    %-26s %-20s %s%n", login.username(), login.role(), login.displayName()));
    }
    log.info(text.toString());
  }
}
