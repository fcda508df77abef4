package br.org.teia.structure.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.ui.TenantHomeView;
import br.org.teia.structure.StructureContext;
import br.org.teia.structure.StructureFixture;
import br.org.teia.structure.StructureFixture.Member;
import br.org.teia.structure.managingbody.SuasManagementLevel;
import br.org.teia.structure.unit.UnitType;
import br.org.teia.structure.workforce.EmploymentBond;
import br.org.teia.structure.workforce.Profession;
import br.org.teia.structure.workforce.TeamCheckSummary;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The structure dashboard of municipalities of the test's own, built by the module fixture. */
@StructureContext
class StructureDashboardViewIT extends UiTestBase {

  @Test
  void a_medium_towns_dashboard_shows_teams_coverage_permanent_bonds_and_that_it_lacks_cras_for_its_size() {
    // Leopoldina as a Médio porte municipality (two CRAS at least) with one CRAS of 3,500 families and
    // a complete team of 8 (one contracted), a CREAS of 2 (one contracted), 5,000 families in its territories.
    TenantId town = onboarded("3138401");
    StructureFixture fixture = new StructureFixture(context);
    fixture.municipality(town, 52_000, SuasManagementLevel.BASICA, Map.of("Centro", 3000, "Bela Vista", 2000));
    fixture.unit(town, UnitType.CRAS, "CRAS Centro", 3500, "Centro", Set.of("PAIF"),
        Member.coordinator(Profession.ASSISTENTE_SOCIAL), Member.of(Profession.ASSISTENTE_SOCIAL),
        Member.of(Profession.ASSISTENTE_SOCIAL), Member.of(Profession.PSICOLOGO), Member.of(Profession.ORIENTADOR_SOCIAL),
        Member.of(Profession.ORIENTADOR_SOCIAL), Member.of(Profession.ORIENTADOR_SOCIAL, EmploymentBond.CONTRATADO),
        Member.of(Profession.AUXILIAR_ADMINISTRATIVO));
    fixture.unit(town, UnitType.CREAS, "CREAS Leopoldina", 50, null, Set.of("PAEFI"),
        Member.coordinator(Profession.ASSISTENTE_SOCIAL), Member.of(Profession.PSICOLOGO, EmploymentBond.CONTRATADO));
    loginAs(Role.MUNICIPAL_MANAGER, town);

    UI.getCurrent().navigate(StructureDashboardView.class);

    assertThat(text("dashboard-teams-value")).isEqualTo("1 de 2");
    assertThat(text("dashboard-teams-help")).isEqualTo("1 unidade com equipe incompleta.");
    assertThat(text("dashboard-coverage-value")).isEqualTo("70%");
    assertThat(text("dashboard-coverage-help"))
        .isEqualTo("Capacidade dos CRAS ativos: 3.500 famílias; famílias estimadas nos territórios: 5.000.");
    assertThat(text("dashboard-permanent-value")).isEqualTo("80%");
    assertThat(text("dashboard-minimum-cras-value")).isEqualTo("1 de 2");
    assertThat(text("dashboard-minimum-cras-help"))
        .isEqualTo("Abaixo do mínimo: municípios de Médio porte devem ter ao menos 2 CRAS (NOB-SUAS).");
    @SuppressWarnings("unchecked")
    Grid<TeamCheckSummary> incomplete = _get(Grid.class, spec -> spec.withId("dashboard-incomplete-teams"));
    assertThat(IntStream.range(0, GridKt._size(incomplete)).mapToObj(i -> GridKt._get(incomplete, i).unitName()))
        .containsExactly("CREAS Leopoldina");

    // the home page says the same, with a link to this dashboard
    UI.getCurrent().navigate(TenantHomeView.class);
    assertThat(text("attention-incomplete-teams-count")).isEqualTo("1");
    assertThat(text("attention-incomplete-teams-detail")).isEqualTo("1 unidade não tem a equipe mínima da NOB-RH/SUAS.");
    assertThat(_get(Anchor.class, spec -> spec.withId("attention-incomplete-teams")).getHref())
        .isEqualTo(StructureDashboardView.ROUTE);
    assertThat(_get(Paragraph.class, spec -> spec.withId("attention-summary")).getText())
        .isEqualTo("1 assunto pede atenção hoje.");
  }

  @Test
  void a_small_town_meets_its_minimum_of_one_cras() {
    // Jeceaba as a Pequeno porte I municipality: one CRAS, no families estimated in territories.
    TenantId town = onboarded("3135407");
    StructureFixture fixture = new StructureFixture(context);
    fixture.municipality(town, 5_400, SuasManagementLevel.BASICA, Map.of());
    fixture.unit(town, UnitType.CRAS, "CRAS Jeceaba", 2500, null, Set.of("PAIF"),
        Member.coordinator(Profession.ASSISTENTE_SOCIAL), Member.of(Profession.ASSISTENTE_SOCIAL),
        Member.of(Profession.ORIENTADOR_SOCIAL, EmploymentBond.CONTRATADO));
    loginAs(Role.MUNICIPAL_STAFF, town);

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
