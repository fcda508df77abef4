package br.org.teia.exchange;

import br.org.teia.kernel.tenancy.PlatformChangelog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's platform tables, applied after the kernel's (which hold the console's regions). */
@Configuration(proxyBeanMethods = false)
class ExchangeChangelog {

  @Bean
  PlatformChangelog exchangePlatformChangelog() {
    return new PlatformChangelog("db/changelog/platform/exchange/exchange-changelog.yaml", 40);
  }
}
