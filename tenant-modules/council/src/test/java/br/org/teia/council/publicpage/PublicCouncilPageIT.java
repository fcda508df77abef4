package br.org.teia.council.publicpage;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.CouncilFixtures;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilForm;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.web.PublicPageCache;
import br.org.teia.testsupport.ActingAs;
import br.org.teia.testsupport.OidcTestBase;
import br.org.teia.testsupport.PublicPageClient;
import br.org.teia.testsupport.SessionCounter;
import br.org.teia.testsupport.TestPeople;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The council's public page over real HTTP, with nobody signed in and no session, on CMAS of the
 * test's own (Joaquim Felício, Jordânia): what a citizen reads, how a proxy may cache it, and that it
 * keeps no session whatever the number of readers. It runs on the module's one web server, the API
 * tests' ({@link OidcTestBase}, which counts the sessions the server creates); nobody here signs in.
 */
class PublicCouncilPageIT extends OidcTestBase {

  static final String JOAQUIM_FELICIO = "3136405";
  static final String JORDANIA = "3136504";
  static final String PAGE = "/publico/" + JOAQUIM_FELICIO + "/conselhos/CMAS";

  @Autowired SessionCounter sessions;
  @Autowired CompositionService composition;
  @Autowired PublicPageCache pageCache;
  PublicPageClient browser;

  @BeforeEach
  void twoMunicipalitiesWithTheirCmas() {
    CouncilFixtures fixtures = new CouncilFixtures(context);
    TestPeople people = new TestPeople(onboarding, accounts);
    fixtures.cmas(people.onboarded(JOAQUIM_FELICIO));
    fixtures.cmas(people.onboarded(JORDANIA));
    browser = new PublicPageClient(port);
  }

  @Test
  void anyone_reads_the_cmas_its_members_and_published_agendas_without_login() {
    var page = browser.get("/publico/3136405/conselhos/cmas");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.page().selectFirst("html").attr("lang")).isEqualTo("pt-BR");
    assertThat(page.text("public-council")).isEqualTo("Conselho Municipal de Assistência Social (CMAS)");
    // The sentence a citizen reads: both sides' seats from the composition, every blank filled.
    assertThat(page.text("public-rules"))
        .isEqualTo("12 cadeiras (6 do governo e 6 da sociedade civil), mandato de 2 anos; "
            + "quórum para deliberar: 7 cadeiras; pauta das reuniões ordinárias publicada com 10 dias de antecedência.");
    assertThat(page.page().select("#public-seats tbody tr")).hasSize(CouncilFixtures.SEATS)
        .allSatisfy(row -> assertThat(row.select("td").get(2).text()).isNotBlank().isNotEqualTo("Vaga"));
    assertThat(page.text("public-seats")).doesNotContain("***.");
    assertThat(page.text("public-agendas")).contains("Aprovação da ata da reunião anterior").contains("Ata aprovada: ");
    assertThat(page.page().select("main h1")).hasSize(1);
    assertThat(page.page().select("header, main, footer")).hasSize(3);
  }

  @Test
  void anyone_finds_published_resolutions_by_search_and_pages_and_no_draft_shows() {
    int all = 2 * CouncilFixtures.MONTHS_OF_MEETINGS - 1; // two topics a meeting, the newest a draft
    var first = browser.get(PAGE);
    assertThat(first.text("public-resolutions-count")).isEqualTo(all + " resoluções; página 1 de 2.");
    assertThat(first.page().select("#public-resolutions tbody tr")).hasSize(PublicCouncilController.RESOLUTIONS_PER_PAGE)
        .allSatisfy(row -> assertThat(row.select("td").first().text()).startsWith("Resolução nº "));
    var second = browser.get(first.page().getElementById("public-resolutions-next").attr("href"));
    assertThat(second.page().select("#public-resolutions tbody tr")).hasSize(all - PublicCouncilController.RESOLUTIONS_PER_PAGE);
    assertThat(second.page().getElementById("public-resolutions-next")).isNull();

    var found = browser.get(PAGE + "?busca=benef%C3%ADcio");
    assertThat(found.page().select("#public-resolutions tbody tr")).hasSize(2) // the fixture's two meetings on benefícios eventuais
        .allSatisfy(row -> assertThat(row.text()).containsIgnoringCase("benefício"));
    assertThat(found.page().getElementById("public-resolution-search").val()).isEqualTo("benefício");
    Element pdf = found.page().selectFirst("#public-resolutions a");
    assertThat(pdf.attr("aria-label")).startsWith("Baixar PDF — Resolução nº ");
    var file = browser.get(pdf.attr("href"));
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.header("Content-Type")).isEqualTo("application/pdf");
    assertThat(file.response().body()).startsWith("%PDF");

    var none = browser.get(PAGE + "?busca=xilofone&pagina=abc");
    assertThat(none.status()).isEqualTo(200);
    assertThat(none.text("public-no-resolutions")).isEqualTo("Nenhuma resolução publicada encontrada.");
    assertThat(none.page().getElementById("public-resolutions")).isNull();
  }

  @Test
  void the_municipalitys_councils_are_listed_and_unknown_addresses_say_not_found() {
    var list = browser.get("/publico/" + JORDANIA + "/conselhos");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.text("public-councils")).contains("CMAS — Conselho Municipal de Assistência Social");
    assertThat(list.page().selectFirst("#public-councils a").attr("href")).isEqualTo("/publico/" + JORDANIA + "/conselhos/CMAS");

    for (String unknown : new String[] {"/publico/3136405/conselhos/XYZ", "/publico/9999999/conselhos/CMAS",
        "/publico/abc/conselhos/CMAS", "/publico/3136405/conselhos/CMAS/resolucoes/not-an-id"}) {
      var answer = browser.get(unknown);
      assertThat(answer.status()).as(unknown).isEqualTo(404);
      assertThat(answer.text("public-not-found")).as(unknown)
          .isEqualTo("Página não encontrada: confira o código IBGE do município e a sigla do conselho.");
    }
    var elsewhere = browser.get("/publico/3136405/fundo");
    assertThat(elsewhere.status()).isEqualTo(404);
    assertThat(elsewhere.text("public-not-found")).isEqualTo("Página não encontrada: confira o endereço.");
  }

  @Test
  void another_municipalitys_address_shows_its_own_council() {
    var here = browser.get(PAGE);
    var there = browser.get("/publico/" + JORDANIA + "/conselhos/CMAS");

    assertThat(here.page().select("main p").first().text()).startsWith("Joaquim Felício (MG) · ");
    assertThat(there.page().select("main p").first().text()).startsWith("Jordânia (MG) · ");
    // each town's own resolutions (the fixture writes the same titles in both: their addresses differ)
    assertThat(pdfLinks(there)).isNotEmpty().doesNotContainAnyElementsOf(pdfLinks(here));
    assertThat(pdfLinks(there)).allMatch(link -> link.startsWith("/publico/" + JORDANIA + "/conselhos/CMAS/resolucoes/"));
  }

  @Test
  void many_readers_create_no_session_and_no_cookie() {
    int before = sessions.created();

    var answers = IntStream.range(0, 60).mapToObj(i -> browser.get(i % 3 == 0 ? PAGE
        : i % 3 == 1 ? "/publico/" + JORDANIA + "/conselhos" : "/publico/9999999/conselhos/CMAS")).toList();

    assertThat(answers).allSatisfy(answer -> {
      assertThat(answer.header("Set-Cookie")).isNull();
      assertThat(answer.response().headers().allValues("Set-Cookie")).noneMatch(c -> c.contains("JSESSIONID"));
      assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(answer.header("Content-Security-Policy")).contains("default-src 'self'");
    });
    assertThat(sessions.created() - before).isZero();
  }

  @Test
  void a_proxy_may_cache_the_page_a_conditional_get_is_answered_304_and_a_change_makes_a_new_etag() {
    String page = "/publico/" + JORDANIA + "/conselhos/CMAS";
    var first = browser.get(page);
    String etag = first.header("ETag");
    assertThat(etag).startsWith("W/\"");
    assertThat(first.header("Cache-Control")).contains("public").contains("max-age=");
    assertThat(browser.get(page).header("ETag")).isEqualTo(etag); // same facts, same version

    var again = browser.get(page, Map.of("If-None-Match", etag));
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.response().body()).isEmpty();

    TenantId jordania = TenantId.of(JORDANIA);
    CouncilSummary cmas = ActingAs.as(jordania, Role.COUNCIL_SECRETARY, () -> composition.councilByAcronym("CMAS").orElseThrow());
    CouncilForm was = cmas.form();
    CouncilForm amended = new CouncilForm(was.acronym(), was.name(), "777/2025", was.lawDate(), was.seats(),
        was.mandateYears(), was.mandateReconductions(), was.presidencyTermYears(), was.presidencyReconductions(),
        was.quorumRule(), was.noticeDays(), was.extraordinaryNoticeDays(), was.segments());
    CouncilSummary changed = ActingAs.as(jordania, Role.COUNCIL_SECRETARY, () -> composition.update(cmas.id(), cmas.version(), amended));
    try {
      var after = browser.get(page, Map.of("If-None-Match", etag));
      assertThat(after.status()).isEqualTo(200);
      assertThat(after.header("ETag")).isNotEqualTo(etag);
      assertThat(after.page().select("main p").first().text()).contains("Lei nº 777/2025");
    } finally {
      ActingAs.as(jordania, Role.COUNCIL_SECRETARY, () -> composition.update(changed.id(), changed.version(), was));
    }
  }

  @Test
  void a_page_is_rendered_once_then_answered_from_memory_until_its_towns_data_changes() {
    String page = "/publico/" + JOAQUIM_FELICIO + "/conselhos/CMAS?pagina=1";
    var first = browser.get(page);
    double rendered = pages("miss");
    double fromMemory = pages("hit");

    var second = browser.get(page);
    assertThat(pages("hit")).as("the second visit is answered from memory").isEqualTo(fromMemory + 1);
    assertThat(pages("miss")).isEqualTo(rendered);
    assertThat(second.response().body()).isEqualTo(first.response().body());
    assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(second.header("Cache-Control")).isEqualTo(first.header("Cache-Control"));
    assertThat(second.header("X-Content-Type-Options")).as("the security chain's headers too").isEqualTo("nosniff");
    assertThat(browser.get(page, Map.of("If-None-Match", first.header("ETag"))).status()).isEqualTo(304);
    var english = browser.get(page, Map.of("Accept-Language", "en"));
    assertThat(english.page().selectFirst("html").attr("lang")).as("each language kept apart").isEqualTo("en");

    // Another town's change leaves this town's page in memory.
    TenantId jordania = TenantId.of(JORDANIA);
    CouncilSummary other = ActingAs.as(jordania, Role.COUNCIL_SECRETARY, () -> composition.councilByAcronym("CMAS").orElseThrow());
    CouncilSummary otherChanged = ActingAs.as(jordania, Role.COUNCIL_SECRETARY,
        () -> composition.update(other.id(), other.version(), withLaw(other.form(), "555/2025")));
    ActingAs.as(jordania, Role.COUNCIL_SECRETARY, () -> composition.update(otherChanged.id(), otherChanged.version(), other.form()));
    double hitsBefore = pages("hit");
    browser.get(page);
    assertThat(pages("hit")).isEqualTo(hitsBefore + 1);

    // Its own change: the next visitor reads the new fact, rendered afresh.
    TenantId joaquim = TenantId.of(JOAQUIM_FELICIO);
    CouncilSummary cmas = ActingAs.as(joaquim, Role.COUNCIL_SECRETARY, () -> composition.councilByAcronym("CMAS").orElseThrow());
    CouncilSummary changed = ActingAs.as(joaquim, Role.COUNCIL_SECRETARY,
        () -> composition.update(cmas.id(), cmas.version(), withLaw(cmas.form(), "888/2025")));
    try {
      double rendersBefore = pages("miss");
      var after = browser.get(page);
      assertThat(pages("miss")).isEqualTo(rendersBefore + 1);
      assertThat(after.page().select("main p").first().text()).contains("Lei nº 888/2025");
      assertThat(after.header("ETag")).isNotEqualTo(first.header("ETag"));
    } finally {
      ActingAs.as(joaquim, Role.COUNCIL_SECRETARY, () -> composition.update(changed.id(), changed.version(), cmas.form()));
    }
    assertThat(browser.get(page).page().select("main p").first().text()).doesNotContain("888/2025");
  }

  @Test
  void a_suspended_municipalitys_page_kept_in_memory_is_not_found_at_once() {
    String page = "/publico/" + JORDANIA + "/conselhos/CMAS";
    browser.get(page);
    assertThat(browser.get(page).status()).isEqualTo(200); // kept
    onboarding.suspend(TenantId.of(JORDANIA));
    try {
      assertThat(browser.get(page).status()).isEqualTo(404);
    } finally {
      onboarding.reactivate(TenantId.of(JORDANIA));
    }
    assertThat(browser.get(page).status()).isEqualTo(200);
  }

  private double pages(String result) {
    return result.equals("hit") ? pageCache.fromMemory() : pageCache.rendered();
  }

  private static CouncilForm withLaw(CouncilForm was, String law) {
    return new CouncilForm(was.acronym(), was.name(), law, was.lawDate(), was.seats(),
        was.mandateYears(), was.mandateReconductions(), was.presidencyTermYears(), was.presidencyReconductions(),
        was.quorumRule(), was.noticeDays(), was.extraordinaryNoticeDays(), was.segments());
  }

  @Test
  void anyone_reads_the_conference_deliberations_without_names() {
    new CouncilFixtures(context).councilLife(new TestPeople(onboarding, accounts).onboarded("3135803"));

    var page = browser.get("/publico/3135803/conselhos/cmas");

    assertThat(page.text("public-conferences")).contains("13ª Conferência Ordinária")
        .doesNotContain(CouncilFixtures.COMMITTEE_COORDINATOR);
    assertThat(page.page().select("#public-deliberations-13-ORDINARY tbody tr")).hasSize(5);
    assertThat(page.text("public-deliberations-13-ORDINARY")).contains("Implantar um novo CRAS")
        .doesNotContain(CouncilFixtures.COMMITTEE_COORDINATOR).doesNotContain(CouncilFixtures.DELEGATE);
  }

  private static Set<String> pdfLinks(PublicPageClient.Answer page) {
    return page.page().select("#public-resolutions a").stream().map(a -> a.attr("href")).collect(Collectors.toSet());
  }
}
