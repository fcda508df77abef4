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
import java.util.List;
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
}
