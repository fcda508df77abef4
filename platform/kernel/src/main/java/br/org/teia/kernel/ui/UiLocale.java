package br.org.teia.kernel.ui;

import br.org.teia.kernel.i18n.I18nConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;
import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.CurrentUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The UI's language everywhere: Brazilian Portuguese for every new session whatever the browser's
 * {@code Accept-Language} (the application's users are Brazilian public servants; another language
 * is a person's own choice, not the browser's: the language of their account, "Minha conta", applied
 * to each new page once they are signed in), {@code <html lang>} in the page the server sends and
 * after each UI starts, for screen readers (eMAG), and Spring's locale during each Vaadin request,
 * so validation messages from services match the screen's language.
 */
@Component
class UiLocale implements VaadinServiceInitListener {

  private final CurrentUser currentUser;
  private final AccountRepository accounts;

  UiLocale(CurrentUser currentUser, AccountRepository accounts) {
    this.currentUser = currentUser;
    this.accounts = accounts;
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addSessionInitListener(init -> init.getSession().setLocale(I18nConfiguration.PT_BR));
    event.addIndexHtmlRequestListener(page -> page.getDocument().getElementsByTag("html")
        .attr("lang", chosen().orElseGet(UiLocale::sessionLocale).toLanguageTag()));
    event.getSource().addUIInitListener(init -> {
      var ui = init.getUI();
      // Each new page of a signed-in person (the first after signing in included) speaks the
      // language of their account, chosen in "Minha conta".
      chosen().ifPresent(locale -> {
        if (!locale.equals(ui.getSession().getLocale())) {
          ui.getSession().setLocale(locale);
        }
        ui.setLocale(locale);
      });
      ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().toLanguageTag());
    });
    event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
      @Override
      public void requestStart(VaadinRequest request, VaadinResponse response) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getLocale() != null) {
          LocaleContextHolder.setLocale(session.getLocale());
        }
      }

      @Override
      public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session, Exception e) {
        // nothing to add: Vaadin reports the error
      }

      @Override
      public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        LocaleContextHolder.resetLocaleContext();
      }
    });
  }

  /** The language the signed-in person chose for their account; empty for nobody signed in. */
  private Optional<Locale> chosen() {
    return currentUser.user().map(user -> accounts.language(user.accountId()).locale());
  }

  private static Locale sessionLocale() {
    VaadinSession session = VaadinSession.getCurrent();
    return session != null && session.getLocale() != null ? session.getLocale() : I18nConfiguration.PT_BR;
  }
}
