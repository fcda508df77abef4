package br.org.teia.council.publicpage;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.CouncilFixtures;
import br.org.teia.council.composition.PublicComposition;
import br.org.teia.council.resolution.ResolutionSummary;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The council's public page, with nobody signed in, on CMAS of the test's own (Joaquim Felício, Jordânia). */
class PublicCouncilPageIT extends UiTestBase {

  @BeforeEach
  void twoMunicipalitiesWithTheirCmas() {
    CouncilFixtures fixtures = new CouncilFixtures(context);
    fixtures.cmas(onboarded("3136405"));
    fixtures.cmas(onboarded("3136504"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void anyone_reads_the_cmas_its_members_and_published_agendas_without_login() {
    logout();
    UI.getCurrent().navigate("publico/3136405/conselhos/cmas");

    assertThat(_get(H1.class, spec -> spec.withId("public-council")).getText())
        .isEqualTo("Conselho Municipal de Assistência Social (CMAS)");
    // The sentence a citizen reads: both sides' seats from the composition, every blank filled.
    assertThat(_get(Paragraph.class, spec -> spec.withId("public-rules")).getText())
        .isEqualTo("12 cadeiras (6 do governo e 6 da sociedade civil), mandato de 2 anos; "
            + "quórum para deliberar: 7 cadeiras; pauta das reuniões ordinárias publicada com 10 dias de antecedência.");
    Grid<PublicComposition.PublicSeat> seats = _get(Grid.class, spec -> spec.withId("public-seats"));
    assertThat(GridKt._size(seats)).isEqualTo(CouncilFixtures.SEATS);
    assertThat(GridKt._findAll(seats)).allSatisfy(seat -> assertThat(seat.memberName()).isNotBlank());
    assertThat(GridKt._findAll(seats).toString()).doesNotContain("***.");
    String agendas = _get(Div.class, spec -> spec.withId("public-agendas")).getElement().getTextRecursively();
    assertThat(agendas).contains("Aprovação da ata da reunião anterior").contains("Ata aprovada: ");
  }

  @Test
  @SuppressWarnings("unchecked")
  void anyone_finds_published_resolutions_by_search_without_login_and_no_draft_shows() {
    logout();
    UI.getCurrent().navigate("publico/3136405/conselhos/cmas");
    Grid<ResolutionSummary> resolutions = _get(Grid.class, spec -> spec.withId("public-resolutions"));
    int all = GridKt._size(resolutions);
    assertThat(all).isEqualTo(2 * CouncilFixtures.MONTHS_OF_MEETINGS - 1); // two topics a meeting, the newest a draft
    assertThat(GridKt._findAll(resolutions)).allMatch(ResolutionSummary::published);

    _setValue(_get(TextField.class, spec -> spec.withId("public-resolution-search")), "benefício");

    assertThat(GridKt._findAll(resolutions)).hasSize(2).hasSizeLessThan(all) // the fixture's two meetings on benefícios eventuais
        .allSatisfy(r -> assertThat(r.title() + r.text()).containsIgnoringCase("benefício"));
    assertThat(GridKt._getFormattedRow(resolutions, 0).getFirst()).startsWith("Resolução nº ");

    _setValue(_get(TextField.class, spec -> spec.withId("public-resolution-search")), "xilofone");
    assertThat(GridKt._size(resolutions)).isZero();
  }

  @Test
  void the_municipalitys_councils_are_listed_and_unknown_addresses_say_not_found() {
    logout();
    UI.getCurrent().navigate("publico/3136504/conselhos");
    assertThat(_get(UnorderedList.class, spec -> spec.withId("public-councils")).getElement().getTextRecursively())
        .contains("CMAS");

    UI.getCurrent().navigate("publico/3136405/conselhos/XYZ");
    assertThat(_find(H1.class, spec -> spec.withId("public-not-found"))).hasSize(1);
    UI.getCurrent().navigate("publico/9999999/conselhos/CMAS");
    assertThat(_find(H1.class, spec -> spec.withId("public-not-found"))).hasSize(1);
    UI.getCurrent().navigate("publico/abc/conselhos/CMAS");
    assertThat(_find(H1.class, spec -> spec.withId("public-not-found"))).hasSize(1);
    assertThat(_find(PublicCouncilView.class)).hasSize(1);
  }
}
