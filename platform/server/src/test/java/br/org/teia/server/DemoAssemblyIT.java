package br.org.teia.server;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.TeiaApplication;
import br.org.teia.kernel.demo.DemoContribution;
import br.org.teia.kernel.demo.DemoData;
import br.org.teia.kernel.demo.DemoSeeder;
import br.org.teia.kernel.security.AccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The assembled application's demo: the kernel's part, then every module's contribution, in order. */
@SpringBootTest(classes = TeiaApplication.class, properties = "teia.demo.enabled=true")
class DemoAssemblyIT {

  @Autowired DemoSeeder demo;
  @Autowired AccountRepository accounts;

  @Test
  void every_module_contributes_its_demo_the_structure_first_then_the_councils_then_entities_and_workers() {
    assertThat(demo.contributions()).extracting(c -> c.getClass().getSimpleName())
        .startsWith("DemoStructure", "DemoCouncils", "DemoInscriptions", "DemoCouncilLife")
        .containsExactlyInAnyOrder("DemoStructure", "DemoCouncils", "DemoInscriptions", "DemoCouncilLife",
            "DemoEntities", "DemoWorkforce", "DemoFund", "DemoExchange");
    assertThat(demo.contributions()).extracting(DemoContribution::order).isSorted();
    assertThat(demo.contributions()).extracting(c -> c.getClass().getPackageName())
        .containsOnly("br.org.teia.structure.demo", "br.org.teia.council.demo", "br.org.teia.fund.demo",
            "br.org.teia.exchange.demo");
  }

  @Test
  void every_demo_login_exists() {
    for (DemoData.DemoLogin login : DemoData.LOGINS) {
      assertThat(accounts.findByUsername(login.username())).as(login.username()).isPresent();
    }
  }
}
