package br.org.teia.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.demo.DemoData;
import br.org.teia.server.DemoServerTest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The main flows with the keyboard alone (Tab, Shift+Tab, Enter, arrows and typing; no click), in a
 * window narrow enough for the drawer to be closed: Belo Horizonte's manager signs in on the
 * municipality's page, skips to the content, opens the menu, goes to the units, opens "Nova unidade"
 * on its name, types it, goes back to choose the type in its list, saves, and finds the unit in the list;
 * the consultant of three small towns switches to another one in the header's list; the council's
 * secretary schedules a meeting, adds an agenda item and publishes the agenda, confirming the public act.
 */
@DemoServerTest
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
  /** Whether the focus is on the confirm button of an open confirmation dialog. */
  private static final String CONFIRM_FOCUSED = """
      const a = document.activeElement;
      return !!a && a.getAttribute('slot') === 'confirm-button';""";

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

  @Test
  void the_consultant_switches_municipality_with_the_keyboard_alone() throws Exception {
    signInWithTheKeyboard("/municipio", "consultora@pequenos.demo");
    browser.until(d -> browser.script("return document.getElementById('tenant-name')") != null);
    String first = String.valueOf(browser.script("return document.getElementById('tenant-name').textContent.trim()"));
    String other = first.equals("Araponga (MG)") ? "Serra da Saudade (MG)" : "Araponga (MG)";

    browser.script("document.activeElement.blur()");
    tabUntil("#tenant-switcher ");
    press(Keys.ARROW_DOWN);
    browser.until(d -> Boolean.TRUE.equals(browser.script("return document.getElementById('tenant-switcher').opened")));
    for (int i = 0; i < 5 && !focusedItem().equals(other); i++) {
      press(Keys.ARROW_DOWN);
    }
    assertThat(focusedItem()).isEqualTo(other);
    press(Keys.ENTER);

    // The choice reloads the page in the other municipality's scope.
    browser.until(d -> other.equals(browser.script(
        "const n = document.getElementById('tenant-name'); return n ? n.textContent.trim() : ''")));
    assertThat(browser.script("return document.getElementById('tenant-switcher').innerText.trim()")).asString().contains(other);
  }

  @Test
  void the_secretary_schedules_a_meeting_and_publishes_its_agenda_with_the_keyboard_alone() throws Exception {
    signInWithTheKeyboard("/conselho/reunioes", "cmas@bh.demo");
    browser.until(d -> browser.script("return document.getElementById('meeting-new')") != null);

    browser.script("document.activeElement.blur()");
    tabUntil("#meeting-new ");
    press(Keys.ENTER);
    browser.until(d -> browser.script("return document.getElementById('meeting-save')") != null);
    String date = LocalDate.now().plusDays(30).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    tabUntil("#meeting-date ");
    type(date, Keys.ENTER);
    tabUntil("#meeting-place ");
    type("Sala dos Conselhos");
    tabUntil("#meeting-save ");
    press(Keys.ENTER);

    // Saved: the meeting's page opens, where its agenda is made.
    browser.until(d -> browser.script("return document.getElementById('agenda-title')") != null);
    String topic = "Pauta pelo teclado " + UUID.randomUUID().toString().substring(0, 6);
    browser.script("document.activeElement.blur()");
    tabUntil("#agenda-title ");
    type(topic);
    tabUntil("#agenda-add ");
    press(Keys.ENTER);
    browser.until(d -> browser.gridText().contains(topic));

    browser.script("document.activeElement.blur()");
    tabUntil("#agenda-publish ");
    press(Keys.ENTER);
    // A public act: the confirmation dialog takes the focus; Tab reaches its confirm button, Enter publishes.
    // axe once the dialog is done opening (mid-animation its colours are the backdrop's)
    browser.until(d -> Boolean.TRUE.equals(browser.script(
        "const c = document.getElementById('agenda-publish-confirm'); return !!c && c.opened && !c.hasAttribute('opening')")));
    assertThat(Axe.violations(browser.driver())).as("axe on the open confirmation dialog").isEmpty();
    for (int i = 0; i < 10 && !Boolean.TRUE.equals(browser.script(CONFIRM_FOCUSED)); i++) {
      press(Keys.TAB);
    }
    assertThat(browser.script(CONFIRM_FOCUSED)).as("the confirm button has the focus").isEqualTo(true);
    press(Keys.ENTER);
    browser.until(d -> String.valueOf(browser.script(
        "const p = document.getElementById('agenda-publication'); return p ? p.textContent : ''")).startsWith("Pauta publicada em"));
    browser.screenshot("keyboard-agenda-published");
  }

  /** Signs in on the login form {@code path} leads to, with Tab, typing and Enter. */
  private void signInWithTheKeyboard(String path, String username) {
    browser.open(path);
    browser.until(d -> browser.script("return document.querySelector(\"input[name='username']\")") != null);
    tabUntil("@username ");
    type(username);
    tabUntil("@password ");
    type(DemoData.PASSWORD, Keys.ENTER);
    browser.until(d -> !d.getCurrentUrl().contains("/login"));
    browser.until(d -> browser.script("return document.getElementById('conteudo')") != null);
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
