package br.org.teia.kernel.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Sets {@code <html lang>} to the UI's language, so screen readers pronounce Portuguese correctly (eMAG). */
@Component
class HtmlLanguage implements VaadinServiceInitListener {

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addUIInitListener(init -> {
      var ui = init.getUI();
      ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().toLanguageTag());
    });
  }
}
