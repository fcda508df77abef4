package br.org.teia.server.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.console.home.AssociationHomeView;
import br.org.teia.kernel.ui.HomeView;
import br.org.teia.kernel.ui.TenantHomeView;
import br.org.teia.kernel.demo.DemoData;
import br.org.teia.testsupport.UiTestBase;
import br.org.teia.testsupport.WithDemoData;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;

@WithDemoData
class ShellUiIT extends UiTestBase {

  @org.springframework.beans.factory.annotation.Autowired br.org.teia.kernel.security.CurrentUser currentUser;
  @org.springframework.beans.factory.annotation.Autowired br.org.teia.kernel.security.TenantSwitching switching;

  @Test
  void manager_lands_on_the_municipality_home_with_her_role_in_portuguese() {
    login("gestora@bh.demo");
    UI.getCurrent().navigate(HomeView.class);

    assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TenantHomeView.class);
    assertThat(_get(H2.class, spec -> spec.withId("tenant-name")).getText()).isEqualTo("Belo Horizonte (MG)");
    assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Seu papel aqui: Gestor(a) municipal");
    assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText()).isEqualTo("Carla Gestora (Belo Horizonte)");
  }

  @Test
  void navigation_shows_only_what_the_role_may_open() {
    login("gestora@bh.demo");
    UI.getCurrent().navigate(TenantHomeView.class);
    assertThat(navLabels()).contains("Início do município").doesNotContain("Associação");

    login("admin@cogemas.demo");
    UI.getCurrent().navigate(AssociationHomeView.class);
    assertThat(navLabels()).contains("Associação").doesNotContain("Início do município");
  }

  @Test
  void association_staff_land_on_the_association_home_with_member_counts() {
    login("equipe@cogemas.demo");
    UI.getCurrent().navigate(HomeView.class);

    assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AssociationHomeView.class);
    assertThat(_get(Paragraph.class, spec -> spec.withId("members-active")).getText())
        .startsWith("Ativo: ").satisfies(text -> assertThat(Long.parseLong(text.substring(7)))
            .isGreaterThanOrEqualTo(DemoData.MUNICIPALITIES.size()));
  }

  @Test
  void a_person_in_three_municipalities_can_choose_among_them() {
    login("consultora@pequenos.demo");
    UI.getCurrent().navigate(TenantHomeView.class);

    @SuppressWarnings("unchecked")
    Select<br.org.teia.kernel.security.TenantSwitching.TenantChoice> switcher = _get(Select.class, spec -> spec.withId("tenant-switcher"));
    assertThat(switcher.getListDataView().getItems().map(c -> c.label()).toList())
        .containsExactly("Araponga (MG)", "Cedro do Abaeté (MG)", "Serra da Saudade (MG)");
    assertThat(switcher.isReadOnly()).isFalse();
  }

  @Test
  void anonymous_visitor_never_gets_the_municipality_page() {
    logout();
    UI.getCurrent().navigate(TenantHomeView.class);
    assertThat(_find(TenantHomeView.class)).isEmpty();
  }

  @Test
  void the_shell_speaks_english_to_an_english_browser() {
    UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
    login("gestora@bh.demo");
    UI.getCurrent().navigate(TenantHomeView.class);
    assertThat(navLabels()).contains("Municipality home");
    assertThat(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("logout")).getText()).isEqualTo("Sign out");
  }

  @Test
  void login_page_explains_that_the_external_account_is_linked_to_no_teia_account() {
    logout();
    UI.getCurrent().navigate("login", QueryParameters.of("error", "external"));

    LoginForm form = _get(LoginForm.class);
    assertThat(form.isError()).isTrue();
    assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
        .contains("Sua conta no provedor externo não está vinculada a nenhuma conta do Teia.");
  }

  @Test
  void login_page_offers_no_external_provider_when_none_is_configured() {
    logout();
    UI.getCurrent().navigate("login");

    assertThat(_find(Anchor.class, spec -> spec.withClasses("external-login"))).isEmpty();
  }

  private List<String> navLabels() {
    return _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
  }

  @Test
  void switching_municipality_changes_where_the_person_acts_and_what_she_may_do() {
    login("consultora@pequenos.demo");
    UI.getCurrent().navigate(TenantHomeView.class);
    assertThat(currentUser.tenant()).contains(DemoData.ARAPONGA); // the first by IBGE code

    @SuppressWarnings("unchecked")
    Select<br.org.teia.kernel.security.TenantSwitching.TenantChoice> switcher = _get(Select.class, spec -> spec.withId("tenant-switcher"));
    var serra = switcher.getListDataView().getItems().filter(c -> c.id().equals(DemoData.SERRA_DA_SAUDADE)).findFirst().orElseThrow();
    com.github.mvysny.kaributesting.v10.LocatorJ._setValue(switcher, serra);

    assertThat(currentUser.tenant()).contains(DemoData.SERRA_DA_SAUDADE);
    assertThat(currentUser.hasRole(br.org.teia.kernel.security.Role.MUNICIPAL_STAFF)).isTrue();
  }

  @Test
  void switching_to_a_municipality_one_does_not_belong_to_is_refused() {
    login("gestora@bh.demo");
    assertThatThrownBy(() -> switching.switchTo(DemoData.BETIM,
        com.vaadin.flow.server.VaadinServletRequest.getCurrent().getHttpServletRequest(),
        com.vaadin.flow.server.VaadinServletResponse.getCurrent().getHttpServletResponse()))
        .isInstanceOfSatisfying(br.org.teia.kernel.TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("security.tenant.not-member"));
    assertThat(currentUser.tenant()).contains(DemoData.BELO_HORIZONTE);
  }
}
