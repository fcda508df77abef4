package br.org.teia.council.publicpage;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.composition.PublicComposition;
import br.org.teia.council.resolution.ResolutionSummary;
import br.org.teia.testsupport.UiTestBase;
import br.org.teia.testsupport.WithDemoData;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

/** The council's public page, with nobody signed in. */
@WithDemoData
class PublicCouncilPageIT extends UiTestBase {

  @Test
  @SuppressWarnings("unchecked")
  void anyone_reads_the_cmas_of_belo_horizonte_its_members_and_published_agendas_without_login() {
    logout();
    UI.getCurrent().navigate("publico/3106200/conselhos/cmas");

    assertThat(_get(H1.class, spec -> spec.withId("public-council")).getText())
        .isEqualTo("Conselho Municipal de Assistência Social (CMAS)");
    // The sentence a citizen reads: both sides' seats from the composition, every blank filled.
    assertThat(_get(Paragraph.class, spec -> spec.withId("public-rules")).getText())
        .matches("20 cadeiras \\(10 do governo e 10 da sociedade civil\\), mandato de \\d+ ano\\(s\\); "
            + "quórum para deliberar: \\d+ cadeiras; pauta das reuniões ordinárias publicada com \\d+ dias de antecedência\\.");
    Grid<PublicComposition.PublicSeat> seats = _get(Grid.class, spec -> spec.withId("public-seats"));
    assertThat(GridKt._size(seats)).isEqualTo(20);
    assertThat(GridKt._findAll(seats)).allSatisfy(seat -> assertThat(seat.memberName()).isNotBlank());
    assertThat(GridKt._findAll(seats).toString()).doesNotContain("***.");
    String agendas = _get(Div.class, spec -> spec.withId("public-agendas")).getElement().getTextRecursively();
    assertThat(agendas).contains("Aprovação da ata da reunião anterior").contains("Ata aprovada: ");
  }

  @Test
  @SuppressWarnings("unchecked")
  void anyone_finds_published_resolutions_by_search_without_login_and_no_draft_shows() {
    logout();
    UI.getCurrent().navigate("publico/3106200/conselhos/cmas");
    Grid<ResolutionSummary> resolutions = _get(Grid.class, spec -> spec.withId("public-resolutions"));
    int all = GridKt._size(resolutions);
    assertThat(all).isPositive();
    assertThat(GridKt._findAll(resolutions)).allMatch(ResolutionSummary::published);

    _setValue(_get(TextField.class, spec -> spec.withId("public-resolution-search")), "benefício");

    assertThat(GridKt._findAll(resolutions)).isNotEmpty().hasSizeLessThan(all)
        .allSatisfy(r -> assertThat(r.title() + r.text()).containsIgnoringCase("benefício"));
    assertThat(GridKt._getFormattedRow(resolutions, 0).getFirst()).startsWith("Resolução nº ");

    _setValue(_get(TextField.class, spec -> spec.withId("public-resolution-search")), "xilofone");
    assertThat(GridKt._size(resolutions)).isZero();
  }

  @Test
  void the_municipalitys_councils_are_listed_and_unknown_addresses_say_not_found() {
    logout();
    UI.getCurrent().navigate("publico/3106705/conselhos");
    assertThat(_get(UnorderedList.class, spec -> spec.withId("public-councils")).getElement().getTextRecursively())
        .contains("CMAS");

    UI.getCurrent().navigate("publico/3106200/conselhos/XYZ");
    assertThat(_find(H1.class, spec -> spec.withId("public-not-found"))).hasSize(1);
    UI.getCurrent().navigate("publico/9999999/conselhos/CMAS");
    assertThat(_find(H1.class, spec -> spec.withId("public-not-found"))).hasSize(1);
    UI.getCurrent().navigate("publico/abc/conselhos/CMAS");
    assertThat(_find(H1.class, spec -> spec.withId("public-not-found"))).hasSize(1);
    assertThat(_find(PublicCouncilView.class)).hasSize(1);
  }
}
