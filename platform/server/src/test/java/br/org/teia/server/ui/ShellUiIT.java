package br.org.teia.server.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.console.home.AssociationHomeView;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.ui.HomeView;
import br.org.teia.kernel.ui.TenantHomeView;
import br.org.teia.testsupport.TestPeople;
import br.org.teia.server.DemoServerTest;
import br.org.teia.testsupport.UiTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import br.org.teia.kernel.ui.DrawerMenu;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The application's shell for people and municipalities of the test's own: a manager of Leandro
 * Ferreira, an association admin and staff, and a consultant working in three small towns.
 */
@DemoServerTest
class ShellUiIT extends UiTestBase {

  private static final TenantId LEANDRO_FERREIRA = TenantId.of("3138302");
  private static final TenantId LEME_DO_PRADO = TenantId.of("3138351");
  /** The consultant's towns, in the order of their IBGE codes (and of their names). */
  private static final TenantId LAJINHA = TenantId.of("3137700");
  private static final TenantId LAMIM = TenantId.of("3137908");
  private static final TenantId LASSANCE = TenantId.of("3138104");
  private static final List<TenantId> MUNICIPALITIES = List.of(LEANDRO_FERREIRA, LEME_DO_PRADO, LAJINHA, LAMIM, LASSANCE);
  private static final String MANAGER = "gestora@leandro-ferreira.teste";
  private static final String ADMIN = "admin@associacao.teste";
  private static final String STAFF = "equipe@associacao.teste";
  private static final String CONSULTANT = "consultora@pequenos.teste";

  @org.springframework.beans.factory.annotation.Autowired br.org.teia.kernel.security.CurrentUser currentUser;
  @org.springframework.beans.factory.annotation.Autowired br.org.teia.kernel.security.TenantSwitching switching;
  @org.springframework.beans.factory.annotation.Autowired br.org.teia.kernel.security.SystemWork systemWork;

  @BeforeEach
  void peopleAndMunicipalitiesOfTheTestsOwn() {
    TestPeople people = people();
    MUNICIPALITIES.forEach(town -> people.onboarded(town.ibgeCode()));
    people.account(MANAGER, "Carla Gestora (Leandro Ferreira)", Role.MUNICIPAL_MANAGER, LEANDRO_FERREIRA);
    people.account(ADMIN, Role.ASSOCIATION_ADMIN);
    people.account(STAFF, Role.ASSOCIATION_STAFF);
    people.account(CONSULTANT, Role.MUNICIPAL_STAFF, LAJINHA, LAMIM, LASSANCE);
  }

  @Test
  void manager_lands_on_the_municipality_home_with_her_role_in_portuguese() {
    login(MANAGER);
    UI.getCurrent().navigate(HomeView.class);

    assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TenantHomeView.class);
    assertThat(_get(H2.class, spec -> spec.withId("tenant-name")).getText()).isEqualTo("Leandro Ferreira (MG)");
    assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Seu papel aqui: Gestor(a) municipal");
    assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText()).isEqualTo("Carla Gestora (Leandro Ferreira)");
  }

  @Test
  void navigation_shows_only_what_the_role_may_open() {
    login(MANAGER);
    UI.getCurrent().navigate(TenantHomeView.class);
    assertThat(navLabels()).contains("Início do município").doesNotContain("Associação");

    login(ADMIN);
    UI.getCurrent().navigate(AssociationHomeView.class);
    assertThat(navLabels()).contains("Associação").doesNotContain("Início do município");
  }

  @Test
  void association_staff_land_on_the_association_home_with_member_counts() {
    login(STAFF);
    UI.getCurrent().navigate(HomeView.class);

    assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AssociationHomeView.class);
    assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("home-members-detail")).getText())
        .matches("[\\d.]+ municípios no Teia, [\\d.]+ ativos\\.");
    assertThat(Long.parseLong(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("home-members-count"))
        .getText().replace(".", ""))).isGreaterThanOrEqualTo(MUNICIPALITIES.size()); // and those other tests onboarded
  }

  @Test
  void a_person_in_three_municipalities_can_choose_among_them() {
    login(CONSULTANT);
    UI.getCurrent().navigate(TenantHomeView.class);

    @SuppressWarnings("unchecked")
    Select<br.org.teia.kernel.security.TenantSwitching.TenantChoice> switcher = _get(Select.class, spec -> spec.withId("tenant-switcher"));
    assertThat(switcher.getListDataView().getItems().map(c -> c.label()).toList())
        .containsExactly("Lajinha (MG)", "Lamim (MG)", "Lassance (MG)");
    assertThat(switcher.isReadOnly()).isFalse();
  }

  @Test
  void anonymous_visitor_never_gets_the_municipality_page() {
    logout();
    UI.getCurrent().navigate(TenantHomeView.class);
    assertThat(_find(TenantHomeView.class)).isEmpty();
  }

  /** English only when the UI's locale is English: what the person's own choice will set ("Minha conta"). */
  @Test
  void the_shell_speaks_english_to_a_person_who_chose_english() {
    UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
    login(MANAGER);
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
  void login_form_asks_for_the_missing_email_and_password_in_portuguese() {
    logout();
    UI.getCurrent().navigate("login");

    assertThat(String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n")))
        .contains("Informe o seu e-mail.", "Informe a sua senha.").doesNotContain("is required");
  }

  @Test
  void login_page_offers_no_external_provider_when_none_is_configured() {
    logout();
    UI.getCurrent().navigate("login");

    assertThat(_find(Anchor.class, spec -> spec.withClasses("external-login"))).isEmpty();
  }

  private List<String> navLabels() {
    return _get(DrawerMenu.class).labels();
  }

  @Test
  void switching_municipality_changes_where_the_person_acts_and_what_she_may_do() {
    login(CONSULTANT);
    UI.getCurrent().navigate(TenantHomeView.class);
    assertThat(currentUser.tenant()).contains(LAJINHA); // the first by IBGE code

    @SuppressWarnings("unchecked")
    Select<br.org.teia.kernel.security.TenantSwitching.TenantChoice> switcher = _get(Select.class, spec -> spec.withId("tenant-switcher"));
    var lassance = switcher.getListDataView().getItems().filter(c -> c.id().equals(LASSANCE)).findFirst().orElseThrow();
    com.github.mvysny.kaributesting.v10.LocatorJ._setValue(switcher, lassance);

    assertThat(currentUser.tenant()).contains(LASSANCE);
    assertThat(currentUser.hasRole(br.org.teia.kernel.security.Role.MUNICIPAL_STAFF)).isTrue();
  }

  @Test
  void switching_saves_the_chosen_municipality_where_the_next_request_reads_it() {
    loginAsTheApplicationDoes(CONSULTANT);
    UI.getCurrent().navigate(TenantHomeView.class);
    assertThat(currentUser.tenant()).contains(LAJINHA);

    @SuppressWarnings("unchecked")
    Select<br.org.teia.kernel.security.TenantSwitching.TenantChoice> switcher = _get(Select.class, spec -> spec.withId("tenant-switcher"));
    var lamim = switcher.getListDataView().getItems().filter(c -> c.id().equals(LAMIM)).findFirst().orElseThrow();
    com.github.mvysny.kaributesting.v10.LocatorJ._setValue(switcher, lamim);

    assertThat(savedAuthentication().tenant()).contains(LAMIM);
    assertThat(currentUser.tenant()).contains(LAMIM);
  }

  @Test
  void system_work_during_a_page_request_acts_as_the_system_person_and_gives_the_person_back() {
    loginAsTheApplicationDoes(CONSULTANT);

    var during = systemWork.in(LEME_DO_PRADO, Role.MUNICIPAL_MANAGER,
        () -> currentUser.tenant().orElseThrow() + " " + currentUser.hasRole(Role.MUNICIPAL_MANAGER));

    assertThat(during).isEqualTo(LEME_DO_PRADO + " true");
    assertThat(currentUser.tenant()).contains(LAJINHA);
    assertThat(currentUser.hasRole(Role.MUNICIPAL_MANAGER)).isFalse();
    assertThat(com.vaadin.flow.server.VaadinSession.getCurrent()).isNotNull();
  }

  /**
   * Signs in and saves the context in the HTTP session, as the login form does: in a Vaadin request
   * Vaadin's holder strategy then answers that context rather than the thread's.
   */
  private void loginAsTheApplicationDoes(String username) {
    login(username);
    com.vaadin.flow.server.VaadinSession.getCurrent().getSession().setAttribute(
        org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
        SecurityContextHolder.getContext());
  }

  private br.org.teia.kernel.security.TeiaAuthentication savedAuthentication() {
    var saved = (org.springframework.security.core.context.SecurityContext) com.vaadin.flow.server.VaadinSession.getCurrent()
        .getSession().getAttribute(
            org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    return (br.org.teia.kernel.security.TeiaAuthentication) saved.getAuthentication();
  }

  @Test
  void switching_to_a_municipality_one_does_not_belong_to_is_refused() {
    login(MANAGER);
    assertThatThrownBy(() -> switching.switchTo(LEME_DO_PRADO,
        com.vaadin.flow.server.VaadinServletRequest.getCurrent().getHttpServletRequest(),
        com.vaadin.flow.server.VaadinServletResponse.getCurrent().getHttpServletResponse()))
        .isInstanceOfSatisfying(br.org.teia.kernel.TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("security.tenant.not-member"));
    assertThat(currentUser.tenant()).contains(LEANDRO_FERREIRA);
  }
}
