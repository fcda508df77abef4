package br.org.teia.server.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.TeiaApplication;
import br.org.teia.kernel.tenancy.Municipalities;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.structure.territory.TerritoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 20 municipalities, 16 threads, 4,000 operations over a pool of 5 connections: every read
 * returns only the caller's municipality data (service, async, cache, rolled-back transactions).
 */
@SpringBootTest(classes = TeiaApplication.class, properties = {
    "teia.demo.enabled=false", "spring.datasource.hikari.maximum-pool-size=5"})
class TenantIsolationIT {

  @Autowired TerritoryService territories;
  @Autowired TenantOnboarding onboarding;
  @Autowired TransactionTemplate transactions;
  @Autowired Municipalities municipalities;
  @Autowired @Qualifier("applicationTaskExecutor") AsyncTaskExecutor async;

  @Test
  void every_read_under_concurrency_returns_only_the_callers_municipality() throws Exception {
    var driver = new IsolationDriver(territories, onboarding, transactions, async);
    var fixture = driver.prepare(municipalities.ofState("MG").subList(200, 220));

    IsolationDriver.Report report = driver.run(fixture, 16, 4_000, null);

    assertThat(report.violations()).isEmpty();
    assertThat(report.operations()).isEqualTo(4_000);
    assertThat(report.byOp()).allSatisfy((op, count) -> {
      if (op != IsolationDriver.Op.EXTRA) {
        assertThat(count).as(op.name()).isPositive();
      }
    });
  }
}
