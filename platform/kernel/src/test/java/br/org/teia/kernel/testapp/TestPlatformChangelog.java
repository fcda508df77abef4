package br.org.teia.kernel.testapp;

import br.org.teia.kernel.tenancy.PlatformChangelog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A module's platform changelog, as the association modules declare theirs. */
@Configuration(proxyBeanMethods = false)
class TestPlatformChangelog {

  @Bean
  PlatformChangelog bulletinChangelog() {
    return new PlatformChangelog("db/changelog/test/platform-bulletin.yaml", 100);
  }
}
