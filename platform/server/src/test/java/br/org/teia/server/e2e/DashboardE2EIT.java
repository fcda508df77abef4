package br.org.teia.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.server.DemoServerTest;
import br.org.teia.testsupport.ComparisonTowns;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The municipality's home page in a real browser (Debian's headless Chromium) at 1366 and 390 px:
 * the demo's municipal manager of Belo Horizonte sees the "needs attention" cards and the standing
 * charts drawn by Chart.js, and neither the cards nor the charts run past the window.
 */
@DemoServerTest
class DashboardE2EIT {

  /** What one element measures: its right edge and its scrolling width against its own and the window's. */
  private static final String MEASURE = """
      const e = document.getElementById(arguments[0]);
      if (!e) return null;
      const r = e.getBoundingClientRect();
      return {right: Math.ceil(r.right), scroll: e.scrollWidth, client: e.clientWidth, window: window.innerWidth,
        page: document.documentElement.scrollWidth};""";

  @RegisterExtension
  final HeadlessChromium browser = new HeadlessChromium(1366, 900, 90);

  @Autowired JdbcClient jdbc;
  @Autowired TenantOnboarding onboarding;

  @Test
  void the_manager_sees_cards_and_drawn_charts_that_fit_the_window_at_1366_and_390_px() throws Exception {
    ComparisonTowns towns = new ComparisonTowns().create(jdbc, onboarding);
    jdbc.sql("INSERT INTO platform.indicator_value (code, tenant_code, value, updated_at) VALUES (?, '3106200', ?, now())")
        .params(towns.code, BigDecimal.valueOf(4)).update(); // Belo Horizonte, a demo municipality
    browser.open("/municipio");
    browser.signIn("gestora@bh.demo");

    for (int width : new int[] {1366, 390}) {
      browser.driver().manage().window().setSize(new Dimension(width, 900));
      browser.open("/municipio");
      browser.until(d -> d.findElements(org.openqa.selenium.By.id("attention-incomplete-teams")).isEmpty() ? null : true);
      browser.waitFor(30).withMessage("the standing charts are drawn by Chart.js at " + width + " px").until(d ->
          Boolean.TRUE.equals(browser.script(
              "return !!window.Chart && !!document.getElementById('standing-canvas-0').__chart")));
      browser.screenshot("dashboard-municipality-" + width);
      for (String id : new String[] {"attention-cards", "standing-charts", "standing-canvas-0"}) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) browser.script(MEASURE, id);
        assertThat(m).as(id + " at " + width + " px").isNotNull();
        long window = ((Number) m.get("window")).longValue();
        assertThat(((Number) m.get("right")).longValue()).as(id + " right edge at " + width + " px: " + m)
            .isLessThanOrEqualTo(window);
        assertThat(((Number) m.get("scroll")).longValue()).as(id + " scrolls sideways at " + width + " px: " + m)
            .isLessThanOrEqualTo(((Number) m.get("client")).longValue());
        System.out.println("dashboard measure " + id + " at " + width + " px: " + m);
      }
      Object drawnWidth = browser.script(
          "return document.getElementById('standing-canvas-0').querySelector('canvas').getBoundingClientRect().width");
      assertThat(((Number) drawnWidth).doubleValue()).as("the chart has a drawn width at " + width).isGreaterThan(100);
    }
  }
}
