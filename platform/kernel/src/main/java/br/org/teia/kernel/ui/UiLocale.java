package br.org.teia.kernel.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The UI's language everywhere: {@code <html lang>} for screen readers (eMAG), and Spring's locale
 * during each Vaadin request, so validation messages from services match the screen's language.
 */
@Component
class UiLocale implements VaadinServiceInitListener {

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addUIInitListener(init -> {
      var ui = init.getUI();
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
}
