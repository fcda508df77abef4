package br.org.teia.server.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.meeting.AgendaNotices;
import br.org.teia.kernel.i18n.Language;
import br.org.teia.kernel.mail.MailOutbox;
import br.org.teia.kernel.mail.MailStatus;
import br.org.teia.kernel.notification.Delivery;
import br.org.teia.kernel.notification.Notifications;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.TeiaAuthentication;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.ui.LoginView;
import br.org.teia.kernel.ui.TenantHomeView;
import br.org.teia.kernel.ui.account.ForgotPasswordView;
import br.org.teia.kernel.ui.account.MyAccountView;
import br.org.teia.testsupport.TestPeople;
import br.org.teia.server.DemoServerTest;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import br.org.teia.kernel.ui.DrawerMenu;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * "Minha conta" as a person of Luz uses it (name in the header, password, language, notification
 * preferences), and "Esqueci minha senha" from the sign-in page.
 */
@DemoServerTest
class MyAccountUiIT extends UiTestBase {

  static final TenantId LUZ = TenantId.of("3138807");
  static final String PASSWORD = "Senha-de-Luz-1";

  @Autowired PasswordEncoder passwords;
  @Autowired Notifications notifications;
  @Autowired MailOutbox outbox;

  private String email;
  private UUID id;

  @BeforeEach
  void aPersonOfLuzWithAPassword() {
    onboarded(LUZ.ibgeCode());
    email = TestPeople.unique("rita") + "@luz.teste";
    id = accounts.createIfAbsent(email, "Rita Técnica", email, passwords.encode(PASSWORD));
    accounts.grantMembership(id, LUZ, Role.MUNICIPAL_STAFF);
  }

  @Test
  void the_header_leads_to_minha_conta_and_a_new_name_shows_there_at_once() {
    login(email);
    UI.getCurrent().navigate(TenantHomeView.class);
    RouterLink link = _get(RouterLink.class, spec -> spec.withId("my-account"));
    assertThat(link.getText()).isEqualTo("Minha conta");
    assertThat(link.getHref()).isEqualTo(MyAccountView.ROUTE);

    UI.getCurrent().navigate(MyAccountView.class);
    assertThat(_get(TextField.class, spec -> spec.withId("account-email")).getValue()).isEqualTo(email);
    assertThat(_get(TextField.class, spec -> spec.withId("account-email")).isReadOnly()).isTrue();
    _setValue(_get(TextField.class, spec -> spec.withId("account-name")), "Rita de Cássia Técnica");
    _click(_get(Button.class, spec -> spec.withId("account-profile-save")));

    assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText()).isEqualTo("Rita de Cássia Técnica");
    assertThat(accounts.findById(id).orElseThrow().displayName()).isEqualTo("Rita de Cássia Técnica");
  }

  @Test
  void an_empty_name_is_refused_in_portuguese_under_the_field() {
    login(email);
    UI.getCurrent().navigate(MyAccountView.class);
    TextField name = _get(TextField.class, spec -> spec.withId("account-name"));
    _setValue(name, "  ");
    _click(_get(Button.class, spec -> spec.withId("account-profile-save")));

    assertThat(name.isInvalid()).isTrue();
    assertThat(name.getErrorMessage()).isEqualTo("Informe o seu nome.");
    assertThat(accounts.findById(id).orElseThrow().displayName()).isEqualTo("Rita Técnica");
  }

  @Test
  void a_wrong_current_password_is_refused_in_portuguese_and_the_password_stays() {
    login(email);
    UI.getCurrent().navigate(MyAccountView.class);
    PasswordField current = _get(PasswordField.class, spec -> spec.withId("account-password-current"));
    _setValue(current, "nao-e-esta-1");
    _setValue(_get(PasswordField.class, spec -> spec.withId("account-password-new")), "Nova-senha-2026");
    _setValue(_get(PasswordField.class, spec -> spec.withId("account-password-confirmation")), "Nova-senha-2026");
    _click(_get(Button.class, spec -> spec.withId("account-password-save")));

    assertThat(current.isInvalid()).isTrue();
    assertThat(current.getErrorMessage()).isEqualTo("A senha atual não confere.");
    assertThat(passwords.matches(PASSWORD, accounts.findById(id).orElseThrow().passwordHash())).isTrue();
  }

  @Test
  void the_right_current_password_and_a_new_one_typed_twice_change_it() {
    login(email);
    UI.getCurrent().navigate(MyAccountView.class);
    PasswordField confirmation = _get(PasswordField.class, spec -> spec.withId("account-password-confirmation"));
    _setValue(_get(PasswordField.class, spec -> spec.withId("account-password-current")), PASSWORD);
    _setValue(_get(PasswordField.class, spec -> spec.withId("account-password-new")), "Nova-senha-2026");
    _setValue(confirmation, "Nova-senha-2027");
    _click(_get(Button.class, spec -> spec.withId("account-password-save")));
    assertThat(confirmation.getErrorMessage()).isEqualTo("As duas senhas não são iguais.");

    _setValue(confirmation, "Nova-senha-2026");
    _click(_get(Button.class, spec -> spec.withId("account-password-save")));

    assertThat(passwords.matches("Nova-senha-2026", accounts.findById(id).orElseThrow().passwordHash())).isTrue();
    assertThat(_get(PasswordField.class, spec -> spec.withId("account-password-current")).getValue()).isEmpty();
  }

  @Test
  void a_person_signing_in_only_through_the_external_provider_has_no_password_to_change_here() {
    String external = TestPeople.unique("externa") + "@luz.teste";
    accounts.grantMembership(accounts.createIfAbsent(external, "Externa", external, null), LUZ, Role.MUNICIPAL_STAFF);
    login(external);
    UI.getCurrent().navigate(MyAccountView.class);

    assertThat(_find(PasswordField.class)).isEmpty();
    assertThat(_get(Paragraph.class, spec -> spec.withId("account-password-external")).getText())
        .contains("provedor externo");
  }

  @Test
  @SuppressWarnings("unchecked")
  void english_chosen_in_minha_conta_is_the_language_of_the_next_page() {
    TeiaAuthentication signedIn = login(email);
    UI.getCurrent().navigate(MyAccountView.class);
    Select<Language> language = _get(Select.class, spec -> spec.withId("account-language"));
    assertThat(language.getValue()).isEqualTo(Language.PT_BR);
    _setValue(language, Language.EN);
    _click(_get(Button.class, spec -> spec.withId("account-profile-save")));
    assertThat(accounts.language(id)).isEqualTo(Language.EN);

    reloadThePage(signedIn);
    UI.getCurrent().navigate(MyAccountView.class);

    assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
    assertThat(_get(H2.class, spec -> spec.withId("account-title")).getText()).isEqualTo("My account");
    assertThat(_get(RouterLink.class, spec -> spec.withId("my-account")).getText()).isEqualTo("My account");
    assertThat(_get(Button.class, spec -> spec.withId("logout")).getText()).isEqualTo("Sign out");
    assertThat(_get(DrawerMenu.class).labels()).contains("Municipality home");
  }

  @Test
  @SuppressWarnings("unchecked")
  void notification_preferences_are_saved_from_minha_conta() {
    login(email);
    UI.getCurrent().navigate(MyAccountView.class);
    Select<Delivery> agenda = _get(Select.class, spec -> spec.withId("notification-preference-council-agenda-published"));
    _setValue(agenda, Delivery.DAILY);
    _click(_get(Button.class, spec -> spec.withId("notification-preferences-save")));

    assertThat(notifications.preferences(id)).containsEntry(AgendaNotices.KIND, Delivery.DAILY);
  }

  @Test
  void the_sign_in_page_offers_esqueci_minha_senha() {
    logout();
    UI.getCurrent().navigate(LoginView.class);
    RouterLink forgot = _get(RouterLink.class, spec -> spec.withId("forgot-password"));
    assertThat(forgot.getText()).isEqualTo("Esqueci minha senha");
    assertThat(forgot.getHref()).isEqualTo(ForgotPasswordView.ROUTE);
  }

  @Test
  void esqueci_minha_senha_answers_the_same_for_an_unknown_e_mail_and_mails_only_a_known_one() {
    logout();
    String unknown = TestPeople.unique("ninguem") + "@luz.teste";
    UI.getCurrent().navigate(ForgotPasswordView.class);
    _setValue(_get(TextField.class, spec -> spec.withId("forgot-email")), unknown);
    _click(_get(Button.class, spec -> spec.withId("forgot-send")));
    String toUnknown = _get(Paragraph.class, spec -> spec.withId("forgot-answer")).getText();

    UI.getCurrent().navigate(ForgotPasswordView.class);
    _setValue(_get(TextField.class, spec -> spec.withId("forgot-email")), email);
    _click(_get(Button.class, spec -> spec.withId("forgot-send")));
    String toKnown = _get(Paragraph.class, spec -> spec.withId("forgot-answer")).getText();

    assertThat(toKnown).isEqualTo(toUnknown).startsWith("Se houver uma conta com este e-mail");
    assertThat(outbox.recent(MailStatus.PENDING, 5000)).extracting(m -> m.recipient())
        .contains(email).doesNotContain(unknown);
  }

  @Test
  void a_link_that_is_no_token_says_it_is_no_longer_valid() {
    logout();
    UI.getCurrent().navigate("redefinir-senha", QueryParameters.of("token", "x".repeat(43)));
    assertThat(_get(Paragraph.class, spec -> spec.withId("reset-invalid")).getText()).startsWith("Este link não vale mais");
    assertThat(_find(PasswordField.class)).isEmpty();
  }

  /** What a browser's reload does: a new page (a new UI and Vaadin session) for the person still signed in. */
  private void reloadThePage(TeiaAuthentication signedIn) {
    MockVaadin.tearDown();
    MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    bind(signedIn);
    assertThat(VaadinSession.getCurrent().getLocale()).as("the account's language, not the browser's")
        .isEqualTo(Locale.ENGLISH);
  }
}
