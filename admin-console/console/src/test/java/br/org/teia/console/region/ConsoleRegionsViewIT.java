package br.org.teia.console.region;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Region sets in the console: created, imported from CSV (bad files change nothing), members per region. */
class ConsoleRegionsViewIT extends UiTestBase {

  /** The municipalities the test speaks of, onboarded by the test itself (Belo Horizonte, Betim, three small towns). */
  @BeforeEach
  void municipalities() {
    for (String code : List.of("3106200", "3106705", "3166600", "3115607", "3103702")) {
      onboarded(code);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void staff_create_a_set_import_a_csv_and_see_the_members_per_region() {
    loginAs(Role.ASSOCIATION_STAFF);
    UI.getCurrent().navigate(RegionsView.class);
    String name = "Regionais COGEMAS " + UUID.randomUUID().toString().substring(0, 6);
    _click(_get(Button.class, spec -> spec.withId("region-set-new")));
    _setValue(_get(TextField.class, spec -> spec.withId("region-set-name")), name);
    _click(_get(Button.class, spec -> spec.withId("region-set-save")));
    assertThat(_get(H3.class, spec -> spec.withId("region-set-title")).getText()).isEqualTo(name + " (MG)");
    Upload upload = _get(Upload.class, spec -> spec.withId("region-upload"));
    Grid<RegionSummary> regions = _get(Grid.class, spec -> spec.withId("regions"));

    UploadKt._upload(upload, "regioes.csv", bytes("municipio;regiao\n3106200;Central\n3106705;\n5300108;Central\n"));
    VerticalLayout errors = _get(VerticalLayout.class, spec -> spec.withId("region-import-errors"));
    assertThat(_find(errors, Paragraph.class)).extracting(Paragraph::getText).containsExactly(
        "Nada foi gravado: 2 linhas têm problemas. Corrija e tente de novo.",
        "Linha 3: Falta o nome da região para Betim.",
        "Linha 4: Brasília é de DF, e este conjunto agrupa municípios de MG.");
    assertThat(GridKt._size(regions)).isZero();

    UploadKt._upload(upload, "regioes.csv", bytes("3106200;Central\n3106705;Oeste\n3170206;Triângulo\n"));
    assertThat(GridKt._size(regions)).isEqualTo(3);
    assertThat(_find(errors, Paragraph.class)).isEmpty();
    GridKt._clickItem(regions, 2); // Triângulo
    Grid<RegionMunicipality> municipalities = _get(Grid.class, spec -> spec.withId("region-municipalities"));
    assertThat(GridKt._size(municipalities)).isEqualTo(1);
    assertThat(GridKt._get(municipalities, 0).name()).isEqualTo("Uberlândia");

    _setValue(_get(TextField.class, spec -> spec.withId("region-place-code")), "3106705");
    _click(_get(Button.class, spec -> spec.withId("region-place")));
    assertThat(GridKt._size(municipalities)).isEqualTo(2); // Betim moved from Oeste to Triângulo
    assertThat(GridKt._get(regions, 1).municipalities()).isZero();
  }

  @Test
  void the_built_in_peer_groups_are_listed_by_size_class() {
    loginAs(Role.ASSOCIATION_ADMIN);
    UI.getCurrent().navigate(RegionsView.class);
    assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("peer-groups")))).isEqualTo(5);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
