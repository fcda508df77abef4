package br.org.teia.kernel.ui.account;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.kernel.account.AccountProfile;
import br.org.teia.kernel.account.MyAccount;
import br.org.teia.kernel.notification.NotificationPreferencesForm;
import br.org.teia.kernel.notification.Notifications;
import br.org.teia.kernel.security.AccountSessions;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.MainLayout;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;

/**
 * "Minha conta", for everyone signed in (reached from the header): the person's name, e-mail,
 * language, password (only for a local account) and how notifications come by e-mail. A new
 * language applies from the next page on: the page reloads in it.
 */
@PageHelp("account.help")
@Route(MyAccountView.ROUTE)
@PermitAll
public class MyAccountView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "minha-conta";

  private final MyAccount account;
  private final AccountSessions sessions;
  private final ProfileEditor profile = new ProfileEditor();
  private final PasswordEditor password = new PasswordEditor();

  public MyAccountView(MyAccount account, AccountSessions sessions, Notifications notifications,
      CurrentUser currentUser) {
    this.account = account;
    this.sessions = sessions;
    setMaxWidth("60rem");
    AccountProfile current = account.profile();
    profile.show(current);
    profile.addSaveListener(event -> profile.submit(event.value(), value -> {
      boolean newLanguage = value.language() != account.profile().language();
      AccountProfile saved = account.update(value);
      sessions.reload(VaadinServletRequest.getCurrent().getHttpServletRequest(),
          VaadinServletResponse.getCurrent().getHttpServletResponse());
      profile.show(saved);
      UI ui = UI.getCurrent();
      ComponentUtil.fireEvent(ui, new MainLayout.AccountChanged(ui, saved.displayName()));
      if (newLanguage) {
        VaadinSession.getCurrent().setLocale(saved.language().locale());
        ui.getPage().reload();
      }
      return getTranslation("account.profile.saved");
    }));
    H2 title = new H2(getTranslation("account.title"));
    title.setId("account-title");
    add(title, new H3(getTranslation("account.profile.title")),
        profile, profile.saveButton());

    add(new H3(getTranslation("account.password.title")));
    if (current.localPassword()) {
      password.clear();
      password.addSaveListener(event -> password.submit(event.value(), value -> {
        account.changePassword(value, address());
        password.clear();
        return getTranslation("account.password.saved");
      }));
      add(password, password.saveButton());
    } else {
      Paragraph external = new Paragraph(getTranslation("account.password.external-only"));
      external.setId("account-password-external");
      add(external);
    }

    currentUser.user().ifPresent(user -> add(new NotificationPreferencesForm(notifications, user.accountId())));
  }

  /** Where the request came from, for the throttle (behind a proxy, from trusted forwarded headers). */
  static String address() {
    VaadinRequest request = VaadinRequest.getCurrent();
    return request == null ? null : request.getRemoteAddr();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("account.title") + " | " + getTranslation("app.name");
  }
}
