package br.org.teia.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.demo.DemoData;
import br.org.teia.kernel.security.Permissions;
import br.org.teia.kernel.security.Role;
import br.org.teia.server.DemoServerTest;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core (WCAG 2.1 A and AA) over the whole application in a real browser, for each demo role and
 * for a citizen who is not signed in: every route the role may open, found in Vaadin's route
 * registry and admitted by the route's access rule (as {@code RouteAccessIT} and docs/roles.md),
 * every "Novo ..." dialog a page offers (buttons whose id ends in {@code -new}), and the page or
 * dialog a list opens on its first row (a meeting, a conference, an inscription, a record's editor).
 * The test fails listing every violation: page, rule, impact and the elements' selectors.
 */
@DemoServerTest
class AccessibilityE2EIT {

  /**
   * What the page is still waiting for, or '' once it is loaded, Vaadin has no request under way, and no
   * grid on screen is still loading rows (a hidden grid may stay "loading": it asks for no rows).
   */
  private static final String UNSETTLED = """
      if (document.readyState !== 'complete') return 'document ' + document.readyState;
      if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return 'no Vaadin client';
      if (Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())) return 'a Vaadin request';
      const loading = Array.from(document.querySelectorAll('vaadin-grid'))
        .filter(g => g.hasAttribute('loading') && g.getClientRects().length > 0);
      return loading.length ? 'grid loading: ' + loading.map(g => g.id || '(no id)').join(', ') : '';""";
  /** The ids of the grids off screen that still say they are loading (the old wait waited for them). */
  private static final String HIDDEN_LOADING = """
      return Array.from(document.querySelectorAll('vaadin-grid'))
        .filter(g => g.hasAttribute('loading') && g.getClientRects().length === 0).map(g => g.id || '(no id)').join(', ');""";
  /**
   * Goes to the address arguments[0] inside the application, as a menu link does (no page load): a
   * router link clicked and taken away; the view shown before is kept to see when it is replaced, and
   * the browser's list of requests is emptied to see the one the click sends.
   */
  private static final String GO = """
      const main = document.getElementById('conteudo');
      window.teiaViewBefore = main ? main.lastElementChild : null;
      performance.clearResourceTimings();
      const link = document.createElement('a');
      link.href = arguments[0];
      link.setAttribute('router-link', '');
      document.body.appendChild(link);
      link.click();
      link.remove();""";
  /** True once the view shown before {@link #GO} was replaced. */
  private static final String ARRIVED = """
      const main = document.getElementById('conteudo');
      return !!main && !!main.lastElementChild && main.lastElementChild !== window.teiaViewBefore;""";
  /**
   * True once Vaadin answered a request sent since {@link #GO} (the navigation) and has none under way:
   * a route that forwards to the view already shown ("/" to the home page a person lands on) keeps it.
   */
  private static final String ANSWERED = """
      return performance.getEntriesByType('resource').some(r => r.name.includes('v-r=uidl'))
        && !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive());""";
  /**
   * What a person of this role sees of the page, as axe would judge it: the address and the ids of the
   * visible elements that have one (a role's own buttons and fields); a page already checked with the
   * same fingerprint, for another role, is not checked again.
   */
  private static final String FINGERPRINT = """
      return location.pathname + ' ' + Array.from(document.querySelectorAll('[id]'))
        .filter(e => e.getClientRects().length > 0 && !/-\\d+$/.test(e.id)) // Vaadin numbers its fields' parts
        .map(e => e.localName + '#' + e.id).sort().join(',');""";
  /** True when a dialog is open and done with its opening animation. */
  private static final String DIALOG_OPEN = """
      return Array.from(document.querySelectorAll('vaadin-dialog, vaadin-confirm-dialog'))
        .some(d => d.opened && !d.hasAttribute('opening'))""";
  private static final String ANY_DIALOG = """
      return Array.from(document.querySelectorAll('vaadin-dialog, vaadin-confirm-dialog')).some(d => d.opened)""";
  /** The content of the first cell of the first body row of the page's first grid, or null. */
  private static final String FIRST_ROW = """
      const grid = document.querySelector('vaadin-grid');
      if (!grid || !grid.shadowRoot) return null;
      const cell = grid.shadowRoot.querySelector('#items tr:not([hidden]) td');
      const slot = cell && cell.querySelector('slot');
      const content = slot && slot.assignedElements()[0];
      return content && content.getBoundingClientRect().height > 0 ? content : null;""";
  /** The visible, enabled "Novo ..." buttons of the page, by id. */
  private static final String NEW_BUTTONS = """
      return Array.from(document.querySelectorAll('vaadin-button[id$="-new"]'))
        .filter(b => !b.hasAttribute('disabled') && b.getBoundingClientRect().height > 0).map(b => b.id)""";

  private static final int SETTLE_SECONDS = 20;

  /** The roles of the issue, one demo person each: the association's two, and Belo Horizonte's and the consultant's. */
  static Stream<String> people() {
    return Stream.of("admin@cogemas.demo", "equipe@cogemas.demo", "gestora@bh.demo", "tecnico@bh.demo",
        "cmas@bh.demo", "conselheira@bh.demo", "consultora@pequenos.demo");
  }

  @RegisterExtension
  final HeadlessChromium browser = new HeadlessChromium(1366, 900, 60);

  @Autowired ServletContext servletContext;

  /** The fingerprints of the pages and dialogs axe has checked in this class, for any role. */
  private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

  /** Every violation found, by where: "page", "page > dialog id", "page > first row". */
  private final Map<String, List<String>> found = new LinkedHashMap<>();

  @ParameterizedTest(name = "{0}")
  @MethodSource("people")
  void every_page_and_new_record_dialog_of_the_role_has_no_wcag_violation(String username) {
    Role role = DemoData.LOGINS.stream().filter(l -> l.username().equals(username)).findFirst().orElseThrow().role();
    browser.open("/");
    browser.signIn(username);
    settle("/ after signing in");

    List<String> paths = paths(role);
    assertThat(paths).as("routes open to %s", role).hasSizeGreaterThan(1);
    long start = System.nanoTime();
    for (String path : paths) {
      long page = System.nanoTime();
      go(path);
      check(path);
      log(role + " " + path + " " + millisSince(page) + " ms");
    }
    log(role + ": " + paths.size() + " pages in " + millisSince(start) + " ms, " + CHECKED.size() + " checked so far");
    assertNoViolation(role.name());
  }

  @Test
  void the_pages_open_without_signing_in_have_no_wcag_violation() {
    // the public pages (/publico/**) are plain HTML, not Vaadin: PublicPagesE2EIT runs axe over them
    List<String> paths = new ArrayList<>(paths(null));
    for (String path : paths) {
      browser.open(path); // public pages have no menu to navigate by: each is loaded
      settle(path);
      check(path);
    }
    assertNoViolation("citizen");
  }

  /**
   * Goes to {@code path} as a menu link does, without loading the page again (and so without
   * injecting axe again); a page that does not show a view in time (a redirect to another layout) is
   * loaded instead. Waiting for a new view alone took the whole ten seconds, and then a page load, on
   * every route that forwards to the view already shown (three or so per role).
   */
  private void go(String path) {
    browser.script(GO, path);
    try {
      browser.waitFor(10).until(d -> Boolean.TRUE.equals(browser.script(ARRIVED))
          || Boolean.TRUE.equals(browser.script(ANSWERED)));
    } catch (TimeoutException notInTheShell) {
      log(path + ": no view after 10 s, loaded instead");
      browser.open(path);
    }
    settle(path);
  }

  /** Runs axe on the page shown, on each of its "Novo ..." dialogs and on what its first row opens. */
  private void check(String path) {
    String landed = browser.driver().getCurrentUrl();
    record(path);
    for (Object id : (List<?>) browser.script(NEW_BUTTONS)) {
      click(browser.driver().findElement(By.id(id.toString())));
      browser.until(d -> Boolean.TRUE.equals(browser.script(DIALOG_OPEN)));
      settle(path + " > " + id);
      record(path + " > " + id);
      closeDialogs(path);
    }
    WebElement row = (WebElement) browser.script(FIRST_ROW);
    if (row != null) {
      click(row);
      settle(path + " > first row");
      if (Boolean.TRUE.equals(browser.script(ANY_DIALOG))) {
        browser.until(d -> Boolean.TRUE.equals(browser.script(DIALOG_OPEN)));
        record(path + " > first row's dialog");
        closeDialogs(path);
      } else if (!browser.driver().getCurrentUrl().equals(landed)) {
        record(path + " > " + browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", ""));
      }
    }
  }

  /** A click as the page receives it, wherever the element is (below the fold, under a notification). */
  private void click(WebElement element) {
    browser.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", element);
  }

  /** Runs axe on what the browser shows, unless a page or dialog of the same fingerprint was checked. */
  private void record(String where) {
    String fingerprint = browser.script(FINGERPRINT) + " " + browser.script(ANY_DIALOG);
    if (!CHECKED.add(fingerprint)) {
      return;
    }
    List<String> violations = Axe.violations(browser.driver());
    if (!violations.isEmpty()) {
      found.put(where, violations);
    }
  }

  /** Closes the open dialogs as a keyboard user does, with Escape (the innermost first). */
  private void closeDialogs(String path) {
    for (int i = 0; i < 3 && Boolean.TRUE.equals(browser.script(ANY_DIALOG)); i++) {
      new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
      settle(path + " > closing a dialog");
    }
    browser.until(d -> Boolean.FALSE.equals(browser.script(ANY_DIALOG)));
  }

  /** What the test does, in the test's output (where a slow or stuck page shows). */
  private static void log(String line) {
    System.out.println("[axe] " + line);
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }

  /** Waits until the page is settled ({@link #UNSETTLED}); on time out says where and for what. */
  private void settle(String where) {
    try {
      browser.waitFor(SETTLE_SECONDS).until(d -> "".equals(browser.script(UNSETTLED)));
    } catch (TimeoutException e) {
      throw new AssertionError(where + " did not settle within " + SETTLE_SECONDS + " s: " + browser.script(UNSETTLED), e);
    }
    Object hidden = browser.script(HIDDEN_LOADING);
    if (!"".equals(hidden)) {
      log(where + ": grid off screen still loading, not waited for: " + hidden);
    }
  }

  private void assertNoViolation(String who) {
    StringBuilder report = new StringBuilder();
    found.forEach((where, violations) -> {
      report.append("\n").append(where);
      violations.forEach(v -> report.append("\n  - ").append(v));
    });
    assertThat(found).as("WCAG 2.1 A/AA violations for %s:%s", who, report).isEmpty();
  }

  /**
   * The addresses of the routes {@code role} may open ({@code null}: a citizen, not signed in), from
   * Vaadin's route registry and each route's access annotation; a route's optional or wildcard
   * parameter is left out (the page then shows its own empty or not-found state).
   */
  private List<String> paths(Role role) {
    ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
    return RouteConfiguration.forRegistry(registry).getAvailableRoutes().stream()
        .filter(route -> admits(route, role))
        .map(route -> "/" + route.getTemplate().replaceFirst("/?:.*$", ""))
        .distinct().sorted().toList();
  }

  private static boolean admits(RouteData route, Role role) {
    Class<?> view = route.getNavigationTarget();
    if (role == null || view.isAnnotationPresent(AnonymousAllowed.class)) {
      return role == null && view.isAnnotationPresent(AnonymousAllowed.class); // the citizen's test checks them
    }
    if (view.isAnnotationPresent(PermitAll.class)) {
      return true;
    }
    RolesAllowed allowed = view.getAnnotation(RolesAllowed.class);
    return allowed != null && Arrays.stream(allowed.value()).anyMatch(p -> Permissions.rolesAdmitted(p).contains(role));
  }
}
