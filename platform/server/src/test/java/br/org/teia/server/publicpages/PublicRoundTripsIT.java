package br.org.teia.server.publicpages;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.demo.DemoData;
import br.org.teia.server.DemoServerTest;
import br.org.teia.testsupport.PublicPageClient;
import br.org.teia.testsupport.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The database round trips of the anonymous requests of the load benchmark (MixedLoadSimulation): a
 * council's public page, a municipality's councils and the open data, each pinned so a query per row
 * or a repeated lookup shows here rather than as a slower benchmark.
 */
@DemoServerTest
class PublicRoundTripsIT {

  @LocalServerPort int port;
  @Autowired StatementCounter statements;

  @Test
  void each_anonymous_request_of_the_load_mix_is_answered_from_memory_after_the_first() {
    PublicPageClient browser = new PublicPageClient(port);
    String council = "/publico/" + DemoData.BELO_HORIZONTE.ibgeCode() + "/conselhos/CMAS";
    String councils = "/publico/" + DemoData.BELO_HORIZONTE.ibgeCode() + "/conselhos";
    String openData = "/api/v1/open-data/indicators";
    var json = java.util.Map.of("Accept", "application/json");
    assertThat(browser.get(council).status()).isEqualTo(200);
    assertThat(browser.get(councils).status()).isEqualTo(200);
    assertThat(browser.get(openData, json).status()).isEqualTo(200);

    var page = statements.during(() -> browser.get(council));
    var list = statements.during(() -> browser.get(councils));
    var open = statements.during(() -> browser.get(openData, json));
    System.out.println("ROUNDTRIPS council page: " + page.statements() + ", councils: " + list.statements()
        + ", open data: " + open.statements());

    assertThat(page.answer().status()).isEqualTo(200);
    assertThat(list.answer().status()).isEqualTo(200);
    assertThat(open.answer().status()).isEqualTo(200);
    assertThat(page.statements()).isLessThanOrEqualTo(COUNCIL_PAGE);
    assertThat(list.statements()).isLessThanOrEqualTo(COUNCILS);
    assertThat(open.statements()).isLessThanOrEqualTo(OPEN_DATA);
  }

  /** Measured 2026-12-05: both pages come from the public-page cache after the first visit (ADR 0019). */
  static final int COUNCIL_PAGE = 0;
  static final int COUNCILS = 0;
  /** Measured 2026-12-05: one statement a request. */
  static final int OPEN_DATA = 1;
}
