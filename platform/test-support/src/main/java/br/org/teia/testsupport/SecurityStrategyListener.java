package br.org.teia.testsupport;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test, gives the static {@link SecurityContextHolder} the strategy of the test's own
 * application context. Every context (Vaadin's security configuration) installs its own static
 * strategy; when a JVM's tests use several contexts (UI tests with demo data, service tests without),
 * a cached context reused after a newer one started would otherwise read another strategy than the
 * one {@link ActingAs} and the UI tests write to. Registered for every test in spring.factories.
 */
public class SecurityStrategyListener implements TestExecutionListener {

  @Override
  public void beforeTestMethod(TestContext testContext) {
    if (testContext.hasApplicationContext()) {
      testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
          .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
  }
}
