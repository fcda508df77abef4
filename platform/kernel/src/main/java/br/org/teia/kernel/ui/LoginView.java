package br.org.teia.kernel.ui;

import br.org.teia.kernel.security.SecurityConfiguration;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import br.org.teia.kernel.ui.account.ForgotPasswordView;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/** Sign-in with a local account, or with the external provider when one is configured. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  /**
   * Once the login form has rendered its fields: labels the password's reveal button ($0) and puts
   * back the e-mail typed before a refused attempt ($1, empty for none).
   */
  private static final String FILL_FORM = """
      const fill = (tries) => {
        const username = this.querySelector('[name=username]');
        const password = this.querySelector('[name=password]');
        if (!username || !password) {
          if (tries > 0) { requestAnimationFrame(() => fill(tries - 1)); }
          return;
        }
        password.i18n = { ...(password.i18n || {}), reveal: $0 };
        if ($1) { username.value = $1; }
      };
      fill(120);""";

  private final LoginForm form = new LoginForm();
  private final LoginI18n i18n = LoginI18n.createDefault();
  private final Paragraph notice = new Paragraph();

  public LoginView(List<ExternalLoginLink> externalLogins) {
    setSizeFull();
    setAlignItems(FlexComponent.Alignment.CENTER);
    setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

    LoginI18n.Form texts = i18n.getForm();
    texts.setTitle(getTranslation("login.title"));
    texts.setUsername(getTranslation("login.username"));
    texts.setPassword(getTranslation("login.password"));
    texts.setSubmit(getTranslation("login.submit"));
    i18n.setForm(texts);
    LoginI18n.ErrorMessage missing = i18n.getErrorMessage();
    missing.setUsername(getTranslation("login.username.required"));
    missing.setPassword(getTranslation("login.password.required"));
    i18n.setErrorMessage(missing);
    form.setI18n(i18n);
    // The password field's reveal button is labelled by the web component in English; its i18n
    // property is reachable only once the form has rendered its fields.
    form.getElement().executeJs(FILL_FORM, getTranslation("login.password.show"), "");
    form.setAction("login");
    form.setForgotPasswordButtonVisible(false);

    notice.setId("login-notice");
    notice.getElement().setAttribute("role", "status");
    // "Esqueci minha senha": a link of its own under the form (the form's built-in button would only
    // fire a server event), so keyboard, screen readers and the address bar all see where it goes.
    RouterLink forgot = new RouterLink(getTranslation("login.forgot"), ForgotPasswordView.class);
    forgot.setId("forgot-password");
    add(new H1(getTranslation("app.name")), form, forgot, notice);
    externalLogins.forEach(link -> {
      Anchor anchor = new Anchor(link.url(), getTranslation("login.external", link.label()));
      anchor.addClassName("external-login");
      anchor.setRouterIgnore(true); // a server endpoint, not a view: the browser must really go there
      add(anchor);
    });
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var params = event.getLocation().getQueryParameters().getParameters();
    if (params.containsKey("error")) {
      LoginI18n.ErrorMessage error = i18n.getErrorMessage();
      String reason = params.get("error").isEmpty() ? "" : params.get("error").getFirst();
      boolean locked = reason.equals("locked");
      error.setTitle(getTranslation(locked ? "login.locked.title" : "login.error.title"));
      error.setMessage(getTranslation(switch (reason) {
        case "locked" -> "security.login.locked";
        case "external" -> "security.login.external"; // known to the provider, not to Teia
        case "external-failed" -> "security.login.external-failed";
        case "suspended" -> "security.login.tenant-suspended";
        default -> "security.login.bad-credentials";
      }));
      i18n.setErrorMessage(error);
      form.setI18n(i18n);
      form.setError(true);
      String typed = lastUsername();
      if (!typed.isEmpty()) {
        form.getElement().executeJs(FILL_FORM, getTranslation("login.password.show"), typed);
      }
    }
    if (params.containsKey("logout")) {
      notice.setText(getTranslation("login.logged-out"));
    }
    if (params.containsKey("reset")) {
      notice.setText(getTranslation("login.password-reset"));
    }
    if (params.containsKey("expired")) {
      notice.setText(getTranslation("login.expired"));
    }
  }

  /** The e-mail typed before the refused attempt (kept by the login's failure handler), read once. */
  private static String lastUsername() {
    VaadinSession session = VaadinSession.getCurrent();
    if (session == null || session.getSession() == null) {
      return "";
    }
    Object typed = session.getSession().getAttribute(SecurityConfiguration.LAST_USERNAME);
    session.getSession().removeAttribute(SecurityConfiguration.LAST_USERNAME);
    return typed instanceof String text ? text : "";
  }

  @Override
  public String getPageTitle() {
    return getTranslation("login.title") + " | " + getTranslation("app.name");
  }

  /** An external sign-in option shown under the form. */
  public record ExternalLoginLink(String label, String url) {}
}
