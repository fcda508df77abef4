package br.org.teia.kernel.task;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantScope;
import br.org.teia.kernel.testapp.AsyncProbe;
import br.org.teia.kernel.testapp.AsyncProbe.Seen;
import br.org.teia.kernel.testapp.KernelTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest(classes = KernelTestApplication.class)
class AsyncWorkIT {

  static final TenantId CONTAGEM = TenantId.of("3118601");

  @Autowired AsyncProbe probe;
  @Autowired @Qualifier("applicationTaskExecutor") ThreadPoolTaskExecutor executor;
  @Autowired @Qualifier("taskExecutor") Object taskExecutor;

  @AfterEach
  void logout() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void an_async_method_runs_on_the_kernel_pool_with_the_callers_tenant_and_login() throws Exception {
    SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("maria", null));
    Seen seen;
    try (var scope = TenantScope.enter(CONTAGEM)) {
      seen = probe.whatDoISee().get();
    }
    assertThat(seen.thread()).startsWith("teia-async-");
    assertThat(seen.tenant()).contains(CONTAGEM);
    assertThat(seen.user()).isEqualTo("maria");
  }

  @Test
  void an_async_method_called_outside_a_scope_runs_without_one() throws Exception {
    Seen seen = probe.whatDoISee().get();
    assertThat(seen.thread()).startsWith("teia-async-");
    assertThat(seen.tenant()).isEmpty();
    assertThat(seen.user()).isNull();
  }

  @Test
  void the_application_executor_is_bounded_and_is_the_one_async_uses() {
    assertThat(executor.getMaxPoolSize()).isEqualTo(8);
    assertThat(executor.getQueueCapacity()).isEqualTo(200);
    assertThat(taskExecutor).isSameAs(executor);
  }
}
