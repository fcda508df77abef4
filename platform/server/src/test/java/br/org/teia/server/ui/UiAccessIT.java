package br.org.teia.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantScope;
import br.org.teia.kernel.ui.TenantUiAccess;
import br.org.teia.server.DemoServerTest;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinService;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@DemoServerTest
class UiAccessIT extends UiTestBase {

  /** A manager's municipality and another one, of the test's own (Lima Duarte, Limeira do Oeste). */
  private TenantId town;
  private TenantId other;

  @BeforeEach
  void twoMunicipalities() {
    town = onboarded("3138609");
    other = onboarded("3138625");
  }

  @Test
  void background_ui_access_runs_in_the_tenant_of_whoever_asked_and_leaves_no_scope() throws Exception {
    loginAs(Role.MUNICIPAL_MANAGER, town);
    UI ui = UI.getCurrent();
    AtomicReference<TenantId> seenInCommand = new AtomicReference<>();

    // A background thread, acting for the other municipality, asks the UI to update itself.
    CompletableFuture.runAsync(() -> {
      try (var scope = TenantScope.enter(other)) {
        TenantUiAccess.access(ui, () -> seenInCommand.set(TenantScope.current().orElse(null)));
      }
    }).get(10, TimeUnit.SECONDS);
    logout(); // the UI thread's own scope must not be what the command sees
    MockVaadin.clientRoundtrip(false); // Vaadin runs pending access commands

    assertThat(seenInCommand.get()).isEqualTo(other);
    assertThat(TenantScope.current()).isEmpty();
  }

  @Test
  void an_expired_session_is_explained_in_portuguese_and_leads_back_to_login() {
    SystemMessages texts = VaadinService.getCurrent().getSystemMessages(Locale.of("pt", "BR"), null);
    assertThat(texts.getSessionExpiredCaption()).isEqualTo("Sua sessão expirou");
    assertThat(texts.getSessionExpiredURL()).isEqualTo("login?expired");
    assertThat(VaadinService.getCurrent().getSystemMessages(Locale.ENGLISH, null).getSessionExpiredCaption())
        .isEqualTo("Your session expired");
  }
}
