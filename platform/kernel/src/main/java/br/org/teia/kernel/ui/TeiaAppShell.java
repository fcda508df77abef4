package br.org.teia.kernel.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-level settings: the stock Lumo theme (contrast, focus rings), the frame's stylesheet, a
 * viewport for phones, and server push (websocket, falling back to long polling) so that the
 * notification bell updates while a page is open. The page's language is set by {@link UiLocale}.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(TeiaAppShell.SHELL_STYLESHEET)
@Push
public class TeiaAppShell implements AppShellConfigurator {

  /** The frame's own few rules (skip link, wrapping header, drawer's close button), from META-INF/resources. */
  public static final String SHELL_STYLESHEET = "styles/teia-shell.css";

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.setViewport("width=device-width, initial-scale=1");
    settings.addMetaTag("description", "Teia: gestão do SUAS nos municípios");
  }
}
