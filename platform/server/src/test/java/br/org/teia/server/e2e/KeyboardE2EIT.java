package br.org.teia.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.TeiaApplication;
import br.org.teia.kernel.demo.DemoData;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The main flows with the keyboard alone (Tab, Shift+Tab, Enter, arrows and typing; no click), in a
 * window narrow enough for the drawer to be closed: Belo Horizonte's manager signs in on the
 * municipality's page, skips to the content, opens the menu, goes to the units, opens "Nova unidade"
 * on its name, types it, goes back to choose the type in its list, saves, and finds the unit in the list.
 */
@SpringBootTest(classes = TeiaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "teia.demo.enabled=true")
class KeyboardE2EIT {

  /**
   * What has the focus, as "#id @name text": the id of the nearest element that has one of the
   * application's (Vaadin numbers the ids it gives inputs and a select's value button, e.g.
   * "vaadin-select-value-button-3"), the name of a form input, the element's text (a menu item has no
   * id of its own).
   */
  private static final String FOCUSED = """
      const a = document.activeElement;
      if (!a || a === document.body) return '';
      let owner = a;
      while (owner && (!owner.id || /-\\d+$/.test(owner.id) || owner.localName === 'input' || owner.localName === 'textarea')) {
        owner = owner.parentElement;
      }
      return '#' + (owner ? owner.id : '') + ' @' + (a.getAttribute('name') || '') + ' ' + a.textContent.trim();""";
  private static final int MOST_TABS = 60;

  @RegisterExtension
  final HeadlessChromium browser = new HeadlessChromium(760, 900, 60);

  @Test
  void the_manager_signs_in_skips_to_the_content_and_adds_a_unit_with_the_keyboard_alone() throws Exception {
    browser.open("/municipio");
    browser.until(d -> browser.script("return document.querySelector(\"input[name='username']\")") != null);
    tabUntil("@username ");
    type("gestora@bh.demo");
    tabUntil("@password ");
    type(DemoData.PASSWORD, Keys.ENTER);
    browser.until(d -> !d.getCurrentUrl().contains("/login"));
    browser.until(d -> browser.script("return document.getElementById('conteudo')") != null);

    // The skip link is the first stop, and it takes the focus to the page's main landmark.
    browser.script("document.activeElement && document.activeElement.blur()");
    press(Keys.TAB);
    browser.until(d -> focused().startsWith("#skip-link "));
    press(Keys.ENTER);
    browser.until(d -> focused().startsWith("#conteudo "));

    // The menu: closed at this width; the toggle opens it and its "Unidades" item goes to the units.
    assertThat(browser.script("return document.querySelector('vaadin-app-layout').drawerOpened")).isEqualTo(false);
    browser.script("document.activeElement.blur()");
    tabUntil("#drawer-toggle ");
    press(Keys.ENTER);
    browser.until(d -> Boolean.TRUE.equals(browser.script("return document.querySelector('vaadin-app-layout').drawerOpened")));
    tabUntil("#main-nav ", "Unidades");
    press(Keys.ENTER);
    browser.until(d -> d.getCurrentUrl().endsWith("/estrutura/unidades"));
    browser.until(d -> browser.script("return document.getElementById('unit-new')") != null);
    assertThat(browser.script("return document.querySelector('vaadin-app-layout').drawerOpened")).isEqualTo(false);

    String name = "CRAS Teclado " + UUID.randomUUID().toString().substring(0, 6);
    tabUntil("#unit-new ");
    press(Keys.ENTER);
    browser.until(d -> focused().startsWith("#unit-name ")); // the dialog opens on the name
    type(name);
    assertThat(browser.script("return document.querySelector('#unit-name input').value")).isEqualTo(name);

    // The type comes before the name: Shift+Tab, then the list opens with the arrow and Enter chooses.
    moveUntil(Keys.chord(Keys.SHIFT, Keys.TAB), "#unit-type ", "");
    press(Keys.ARROW_DOWN);
    browser.until(d -> Boolean.TRUE.equals(browser.script("return document.getElementById('unit-type').opened")));
    for (int i = 0; i < 20 && !focusedItem().equals("CREAS"); i++) {
      press(Keys.ARROW_DOWN);
    }
    assertThat(focusedItem()).isEqualTo("CREAS");
    press(Keys.ENTER);
    browser.until(d -> Boolean.FALSE.equals(browser.script("return document.getElementById('unit-type').opened")));
    assertThat(browser.script("return document.getElementById('unit-type').innerText.trim()")).asString().contains("CREAS");
    browser.screenshot("keyboard-unit-dialog");

    tabUntil("#unit-save ");
    press(Keys.ENTER);
    browser.until(d -> browser.script("return document.getElementById('unit-save')") == null);
    browser.until(d -> browser.gridText().contains(name));
    assertThat(browser.gridText()).contains("CREAS|" + name);
  }

  /** Presses Tab until what has the focus contains {@code part} (see {@link #FOCUSED}). */
  private void tabUntil(String part) {
    tabUntil(part, "");
  }

  /** As above, and ends with {@code text}. */
  private void tabUntil(String part, String text) {
    moveUntil(Keys.TAB, part, text);
  }

  /** Presses {@code key} (Tab or Shift+Tab) until the focus is on {@code part} ending with {@code text}. */
  private void moveUntil(CharSequence key, String part, String text) {
    List<String> stops = new ArrayList<>();
    for (int i = 0; i < MOST_TABS; i++) {
      String now = focused();
      if (now.contains(part) && now.endsWith(text)) {
        return;
      }
      stops.add(now);
      press(key);
    }
    assertThat(focused()).as("the focus after %d presses, through %s", MOST_TABS, stops).contains(part).endsWith(text);
  }

  private String focused() {
    return String.valueOf(browser.script(FOCUSED));
  }

  /** The text of the list item the keyboard is on in an open select. */
  private String focusedItem() {
    return String.valueOf(browser.script("""
        const all = (root, out) => { root.querySelectorAll('*').forEach(e => { out.push(e);
          if (e.shadowRoot) { all(e.shadowRoot, out); } }); return out; };
        const item = all(document, []).find(e => e.localName === 'vaadin-select-item' && e.hasAttribute('focused'));
        return item ? item.textContent.trim() : ''"""));
  }

  private void press(CharSequence key) {
    new Actions(browser.driver()).sendKeys(key).perform();
  }

  private void type(CharSequence... keys) {
    new Actions(browser.driver()).sendKeys(keys).perform();
  }
}
