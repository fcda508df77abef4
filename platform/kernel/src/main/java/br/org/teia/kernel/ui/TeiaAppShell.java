package br.org.teia.kernel.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-level settings: the stock Lumo theme (contrast, focus rings), the frame's stylesheet, a
 * viewport for phones, and server push (websocket, falling back to long polling) so that the
 * notification bell updates while a page is open, and a small script that keeps Vaadin's fields
 * within ARIA ({@link #VALID_ARIA}). The page's language is set by {@link UiLocale}.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(TeiaAppShell.SHELL_STYLESHEET)
@Push
public class TeiaAppShell implements AppShellConfigurator {

  /** The frame's own few rules (skip link, wrapping header, drawer's close button), from META-INF/resources. */
  public static final String SHELL_STYLESHEET = "styles/teia-shell.css";

  /**
   * Takes off the {@code aria-required} that Vaadin 25.2 puts where ARIA does not allow it, on a
   * required select's value button (role button: vaadin/web-components#7337), on a required
   * checkbox group (role group: vaadin/web-components#2931), both open upstream, and on a required
   * date-time picker (a group of two fields, found by AccessibilityE2EIT on news and events); axe-core reports
   * them as critical {@code aria-allowed-attr} violations. The field's label still shows that it is
   * required and a missing value still gets its error message, which screen readers announce.
   * Remove once Vaadin sets the attribute only where the role allows it (AccessibilityE2EIT tells).
   */
  static final String VALID_ARIA = """
      (() => {
        const invalid = 'vaadin-select-value-button[aria-required], vaadin-checkbox-group[aria-required], '
          + 'vaadin-date-time-picker[aria-required]';
        const clean = e => { if (e.nodeType === 1) { (e.matches(invalid) ? [e] : e.querySelectorAll(invalid))
            .forEach(found => found.removeAttribute('aria-required')); } };
        new MutationObserver(changes => changes.forEach(change => change.type === 'attributes'
            ? clean(change.target) : change.addedNodes.forEach(clean)))
          .observe(document.documentElement, {subtree: true, childList: true, attributes: true,
            attributeFilter: ['aria-required']});
      })();""";

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.setViewport("width=device-width, initial-scale=1");
    settings.addInlineWithContents(Inline.Position.APPEND, VALID_ARIA, Inline.Wrapping.JAVASCRIPT);
    settings.addMetaTag("description", "Teia: gestão do SUAS nos municípios");
  }
}
