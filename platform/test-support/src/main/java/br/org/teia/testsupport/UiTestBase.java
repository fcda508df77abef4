package br.org.teia.testsupport;

import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.TeiaAuthentication;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.kernel.tenancy.TenantScope;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Browserless UI tests (Karibu-Testing) on the real application context and a real PostgreSQL:
 * views are instantiated by Spring, security and the tenant scope are bound as in a request.
 */
@SpringBootTest(classes = TeiaTestApplication.class)
public abstract class UiTestBase {

  protected static Routes routes;

  @Autowired protected ApplicationContext context;
  @Autowired protected AccountRepository accounts;
  @Autowired protected TenantOnboarding onboarding;
  private TenantScope scope;

  @BeforeAll
  static void discoverRoutes() {
    routes = new Routes().autoDiscoverViews("br.org.teia");
  }

  @BeforeEach
  protected void setUpVaadin() {
    // Every application context (Vaadin's security configuration) installs its own static
    // SecurityContextHolder strategy; a cached context reused after a newer one was started must get
    // its own back, or its method security reads another strategy than the one tests write to.
    context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    Function0<UI> uiFactory = UI::new;
    MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    UI.getCurrent().setLocale(I18nConfiguration.PT_BR); // as a Brazilian browser asks
  }

  @AfterEach
  protected void tearDownVaadin() {
    logout();
    MockVaadin.tearDown();
  }

  /** Signs in as the account {@code username}, as the login form would, acting in its default municipality. */
  protected TeiaAuthentication login(String username) {
    return bind(TeiaAuthentication.withDefaultTenant(accounts.loadUser(accounts.findByUsername(username).orElseThrow())));
  }

  /**
   * The test's own municipality: onboards {@code ibgeCode} (nothing happens when it already is), so
   * a test needs no demo data. Use a code no other test of the module writes to when counts matter.
   */
  protected TenantId onboarded(String ibgeCode) {
    return people().onboarded(ibgeCode);
  }

  /** The test's own municipalities and people ({@link TestPeople}). */
  protected TestPeople people() {
    return new TestPeople(onboarding, accounts);
  }

  /**
   * Signs in as a new person holding {@code role} (of the association, or in each of {@code tenants},
   * acting in the first), as the login form would.
   */
  protected TeiaAuthentication loginAs(Role role, TenantId... tenants) {
    TeiaAuthentication authentication = TeiaAuthentication.withDefaultTenant(accounts.loadUser(
        accounts.findByUsername(people().person(role, tenants)).orElseThrow()));
    if (tenants.length > 0 && role.scope() == Role.Scope.TENANT) {
      authentication = authentication.switchTo(tenants[0]);
    }
    return bind(authentication);
  }

  protected TeiaAuthentication bind(TeiaAuthentication authentication) {
    closeScope();
    var securityContext = SecurityContextHolder.createEmptyContext();
    securityContext.setAuthentication(authentication);
    SecurityContextHolder.setContext(securityContext);
    Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .collect(Collectors.toSet());
    FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
    request.setUserPrincipalInt(authentication);
    request.setUserInRole((principal, role) -> roles.contains("ROLE_" + role));
    authentication.tenant().ifPresent(tenant -> scope = TenantScope.enter(tenant));
    return authentication;
  }

  protected void logout() {
    closeScope();
    SecurityContextHolder.clearContext();
    if (VaadinServletRequest.getCurrent() != null) {
      FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
      request.setUserPrincipalInt(null);
      request.setUserInRole((principal, role) -> false);
    }
  }

  protected TenantId tenant(String code) {
    return TenantId.of(code);
  }

  private void closeScope() {
    if (scope != null) {
      scope.close();
      scope = null;
    }
  }
}
