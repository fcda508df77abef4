package br.org.teia.server.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.console.member.MembersView;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.ui.error.NotFoundView;
import br.org.teia.server.DemoServerTest;
import br.org.teia.testsupport.UiTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * A page the person may not open answers as one that does not exist, in Portuguese, listing nothing
 * (Vaadin's own page is in English and lists every route in development mode). Addresses that are no
 * route at all are refused before Vaadin: ErrorPageE2EIT sees both in a browser.
 */
@DemoServerTest
class ErrorViewsIT extends UiTestBase {

  @Test
  void a_page_the_person_may_not_open_looks_like_one_that_does_not_exist() {
    loginAs(Role.COUNCIL_MEMBER, onboarded("3101409"));

    UI.getCurrent().navigate(MembersView.ROUTE); // the association console

    assertThat(_get(H1.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Página não encontrada");
    assertThat(_get(Paragraph.class, spec -> spec.withId("error-text")).getText())
        .startsWith("O endereço não existe ou não está disponível para você.");
    assertThat(_get(Anchor.class, spec -> spec.withText("Ir para a página inicial")).getHref()).isEqualTo("/");
    assertThat(_get(NotFoundView.Refused.class).getPageTitle()).isEqualTo("Página não encontrada · Teia");
  }
}
