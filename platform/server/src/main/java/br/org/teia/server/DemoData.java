package br.org.teia.server;

import br.org.teia.kernel.tenancy.OnboardingReport;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data, idempotent: Belo Horizonte and Betim (named in the documents Teia comes from) and
 * three small towns of Minas Gerais. Running it again changes nothing.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "teia.demo.enabled", havingValue = "true")
public class DemoData implements ApplicationRunner {

  /** Belo Horizonte, Betim, Serra da Saudade, Cedro do Abaeté, Araponga. */
  public static final List<String> MUNICIPALITIES =
      List.of("3106200", "3106705", "3166600", "3115607", "3103702");

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final TenantOnboarding onboarding;

  DemoData(TenantOnboarding onboarding) {
    this.onboarding = onboarding;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!args.getNonOptionArgs().isEmpty()) {
      return; // an operator command, not a demo run
    }
    OnboardingReport report = onboarding.onboard(MUNICIPALITIES);
    log.info("demo municipalities: {} onboarded, {} already there", report.onboarded().size(),
        report.alreadyActive().size());
  }
}
