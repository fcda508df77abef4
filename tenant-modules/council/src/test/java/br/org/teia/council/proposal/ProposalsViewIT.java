package br.org.teia.council.proposal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.CouncilContext;
import br.org.teia.council.CouncilFixtures;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.UiTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import br.org.teia.council.api.AppreciationSubject;
import br.org.teia.council.api.CouncilAppreciationRequested;
import com.vaadin.flow.data.provider.Query;
import java.time.LocalDate;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proposals screen on a CMAS of the test's own (the module fixture's). */
@CouncilContext
class ProposalsViewIT extends UiTestBase {

  private TenantId town;

  @BeforeEach
  void aCmas() {
    town = new CouncilFixtures(context).cmas(onboarded("3120409"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void each_column_of_the_proposals_has_its_own_header() {
    loginAs(Role.COUNCIL_SECRETARY, town);
    UI.getCurrent().navigate(ProposalsView.class);
    Grid<ProposalSummary> grid = _get(Grid.class, spec -> spec.withId("proposal-grid"));

    List<String> headers = grid.getColumns().stream().map(Grid.Column::getHeaderText).toList();

    assertThat(headers).hasSize(4).allSatisfy(header -> assertThat(header).isNotBlank()).doesNotHaveDuplicates()
        .containsExactly("Data", "Tipo de matéria", "Matéria", "Situação");
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_grid_fetches_the_proposals_a_page_at_a_time_oldest_first() {
    loginAs(Role.MUNICIPAL_MANAGER, town);
    String acronym = "CMAS"; // the fixture's council
    LocalDate today = LocalDate.now();
    context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
      for (int i = 0; i < 3; i++) {
        context.publishEvent(new CouncilAppreciationRequested(acronym, "fund", AppreciationSubject.FUND_ANNUAL_STATEMENT,
            "demonstrativo-" + i, "Demonstrativo " + i, null, today.minusDays(3 - i)));
      }
    });
    loginAs(Role.COUNCIL_SECRETARY, town);
    UI.getCurrent().navigate(ProposalsView.class);
    Grid<ProposalSummary> grid = _get(Grid.class, spec -> spec.withId("proposal-grid"));

    assertThat(grid.getDataProvider().isInMemory()).isFalse();
    assertThat(grid.getDataProvider().size(new Query<>())).isEqualTo(3);
    assertThat(grid.getDataProvider().fetch(new Query<>(0, 2, List.of(), null, null)).map(ProposalSummary::title))
        .containsExactly("Demonstrativo 0", "Demonstrativo 1");
    assertThat(grid.getDataProvider().fetch(new Query<>(2, 2, List.of(), null, null)).map(ProposalSummary::title))
        .containsExactly("Demonstrativo 2");
  }
}
