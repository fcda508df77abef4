package br.org.teia.structure.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.structure.workforce.TeamCheckSummary;
import br.org.teia.testsupport.UiTestBase;
import br.org.teia.testsupport.WithDemoData;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@WithDemoData
class StructureDashboardViewIT extends UiTestBase {

  @Test
  void betims_dashboard_shows_teams_coverage_permanent_bonds_and_that_it_lacks_cras_for_its_size() {
    login("gestor@betim.demo");
    UI.getCurrent().navigate(StructureDashboardView.class);

    assertThat(text("dashboard-teams-value")).matches("\\d+ de \\d+");
    assertThat(text("dashboard-coverage-value")).endsWith("%");
    assertThat(text("dashboard-coverage-help")).contains("famílias estimadas nos territórios");
    assertThat(text("dashboard-permanent-value")).endsWith("%");
    // Other tests may add CRAS to Betim in this database: read the count, judge the text by it.
    String value = text("dashboard-minimum-cras-value");
    assertThat(value).matches("\\d+ de 4");
    int cras = Integer.parseInt(value.substring(0, value.indexOf(' ')));
    assertThat(cras).isGreaterThanOrEqualTo(3);
    assertThat(text("dashboard-minimum-cras-help")).isEqualTo(cras < 4
        ? "Abaixo do mínimo: municípios de Grande porte devem ter ao menos 4 CRAS (NOB-SUAS)."
        : "Atende o mínimo de 4 CRAS para municípios de Grande porte (NOB-SUAS).");
    @SuppressWarnings("unchecked")
    Grid<TeamCheckSummary> incomplete = _get(Grid.class, spec -> spec.withId("dashboard-incomplete-teams"));
    assertThat(IntStream.range(0, GridKt._size(incomplete)).mapToObj(i -> GridKt._get(incomplete, i).unitName()))
        .contains("CRAS Alterosas", "CREAS Betim").doesNotContain("CRAS Teresópolis", "CRAS Citrolândia");
  }

  @Test
  void a_small_town_meets_its_minimum_of_one_cras() {
    login("consultora@pequenos.demo"); // acts first in Araponga (lowest IBGE code)
    UI.getCurrent().navigate(StructureDashboardView.class);

    assertThat(text("dashboard-minimum-cras-value")).isEqualTo("1 de 1");
    assertThat(text("dashboard-minimum-cras-help"))
        .isEqualTo("Atende o mínimo de 1 CRAS para municípios de Pequeno porte I (NOB-SUAS).");
    assertThat(text("dashboard-coverage-value")).isEqualTo("Sem dados");
  }

  private static String text(String id) {
    return _get(Span.class, spec -> spec.withId(id)).getText();
  }
}
