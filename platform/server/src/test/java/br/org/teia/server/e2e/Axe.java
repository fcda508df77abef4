package br.org.teia.server.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Deque's axe-core in the page a browser test shows: injected from the {@code axe.min.js} that
 * {@code com.deque.html.axe-core:selenium} bundles (test dependency; no download at run time), run on
 * the whole document, shadow roots included, for the WCAG 2.0 and 2.1 A and AA rules, answering every
 * violation as one line: rule id, impact, what the rule asks, and each offending element's selector
 * with axe's first reason. Vaadin's development tools (Copilot), which the tests' development mode
 * adds to every page and a production build does not have, are left out.
 */
final class Axe {

  /** The rules run: WCAG 2.0 and 2.1, levels A and AA (axe-core's tags for them). */
  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static final String SOURCE = load();

  /** Runs axe and hands back its violations as plain objects (Selenium turns them into lists and maps). */
  private static final String RUN = """
      const done = arguments[arguments.length - 1];
      axe.run({exclude: ['copilot-main', 'vaadin-dev-tools']}, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
        .then(result => done(result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map(n => JSON.stringify(n.target) + ' ' + (n.any.concat(n.all, n.none)
                .map(c => c.message)[0] || ''))}))))
        .catch(error => done('axe failed: ' + error));""";

  private Axe() {}

  /** The WCAG 2.1 A/AA violations of what the browser shows now, one line each; empty when there are none. */
  static List<String> violations(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
      js.executeScript(SOURCE);
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Object answer = js.executeAsyncScript(RUN, TAGS);
    if (!(answer instanceof List<?> found)) {
      throw new IllegalStateException(String.valueOf(answer));
    }
    return found.stream().map(v -> (Map<?, ?>) v)
        .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " " + v.get("nodes"))
        .toList();
  }

  private static String load() {
    try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
