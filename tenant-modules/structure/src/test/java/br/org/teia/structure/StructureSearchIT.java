package br.org.teia.structure;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.ui.SearchView;
import br.org.teia.structure.StructureFixture.Member;
import br.org.teia.structure.unit.UnitSummary;
import br.org.teia.structure.unit.UnitType;
import br.org.teia.structure.unit.UnitsView;
import br.org.teia.structure.workforce.Profession;
import br.org.teia.testsupport.ActingAs;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The header search over the structure module's groups, in a municipality of the test's own
 * (Muriaé): accents and case aside, paged per group, links that open the list filtered, workers only
 * for those who may read them, and audited when it shows them.
 */
@StructureContext
class StructureSearchIT extends UiTestBase {

  @Autowired JdbcClient jdbc;
  private TenantId town;

  @BeforeEach
  void aTownWithUnitsWorkersAndEntities() {
    town = onboarded("3143906");
    StructureFixture fixture = new StructureFixture(context);
    fixture.unit(town, UnitType.CREAS, "CREAS Regional Leste", 80, null, Set.of("PAEFI"),
        Member.coordinator(Profession.ASSISTENTE_SOCIAL), Member.of(Profession.PSICOLOGO));
    fixture.unit(town, UnitType.CRAS, "CRAS São João", 3500, null, Set.of("PAIF"));
    ActingAs.as(town, Role.MUNICIPAL_MANAGER, () -> {
      for (int i = 1; i <= 6; i++) {
        fixture.unit(UnitType.CRAS, i);
      }
      return null;
    });
    fixture.network(town);
  }

  @Test
  void creas_finds_the_creas_and_sao_joao_finds_sao_joao_accents_and_case_aside() {
    loginAs(Role.MUNICIPAL_STAFF, town);

    search("creas");
    assertThat(hits("search-units")).containsExactly("CREAS Regional Leste");

    search("sao joao");
    assertThat(hits("search-units")).containsExactly("CRAS São João");

    search("FORUM popular");
    assertThat(hits("search-entities")).containsExactly("Fórum Popular de Direitos Humanos");
    assertThat(_find(Section.class, spec -> spec.withId("search-units"))).isEmpty(); // no empty group
  }

  @Test
  void each_group_shows_its_first_five_and_ver_todos_opens_the_list_filtered() {
    loginAs(Role.MUNICIPAL_MANAGER, town);

    search("cras de TESTE");
    assertThat(hits("search-units")).hasSize(5);
    Anchor all = _get(Anchor.class, spec -> spec.withId("search-units-all"));
    assertThat(all.getText()).isEqualTo("Ver todos na lista filtrada");
    assertThat(all.getHref()).isEqualTo("estrutura/unidades?busca=cras%20de%20TESTE");

    UI.getCurrent().navigate(UnitsView.class, QueryParameters.of("busca", "cras de TESTE"));
    assertThat(_get(TextField.class, spec -> spec.withId("unit-search")).getValue()).isEqualTo("cras de TESTE");
    @SuppressWarnings("unchecked")
    Grid<UnitSummary> grid = _get(Grid.class, spec -> spec.withId("unit-grid"));
    assertThat(GridKt._findAll(grid)).hasSize(6).allMatch(u -> u.name().startsWith("CRAS de teste"));
  }

  @Test
  void staff_find_workers_and_the_read_is_audited_but_council_members_never_find_workers() {
    loginAs(Role.MUNICIPAL_STAFF, town);
    long before = workerSearchReads();
    search("regional leste");
    assertThat(hits("search-workers")).containsExactly("CREAS Regional Leste, pessoa 1", "CREAS Regional Leste, pessoa 2");
    assertThat(workerSearchReads()).isEqualTo(before + 1);

    loginAs(Role.COUNCIL_MEMBER, town);
    search("regional leste");
    assertThat(hits("search-units")).containsExactly("CREAS Regional Leste");
    assertThat(_find(Section.class, spec -> spec.withId("search-workers"))).isEmpty();
    assertThat(workerSearchReads()).isEqualTo(before + 1);
  }

  @Test
  void nothing_found_says_so() {
    loginAs(Role.MUNICIPAL_STAFF, town);
    search("xyzzy");
    assertThat(_get(Paragraph.class, spec -> spec.withId("search-message")).getText())
        .isEqualTo("Nada encontrado para “xyzzy” no que você pode ver.");
  }

  private static void search(String text) {
    UI.getCurrent().navigate(SearchView.class, QueryParameters.of("q", text));
  }

  private static List<String> hits(String group) {
    Section section = _get(Section.class, spec -> spec.withId(group));
    return _find(section, ListItem.class).stream().map(item -> _get(item, Anchor.class).getText()).toList();
  }

  private long workerSearchReads() {
    return jdbc.sql("""
        SELECT count(*) FROM platform.audit_event
        WHERE action = 'PERSONAL_DATA_READ' AND entity_type = 'structure.worker' AND tenant_code = ?
          AND details LIKE 'search:%'""").param(town.ibgeCode()).query(Long.class).single();
  }
}
