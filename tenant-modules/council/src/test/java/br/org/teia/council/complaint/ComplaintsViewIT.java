package br.org.teia.council.complaint;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.CouncilFixtures;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.UiTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The complaints screen on a CMAS of the test's own with the fixture's three complaints. */
class ComplaintsViewIT extends UiTestBase {

  private TenantId town;

  @BeforeEach
  void aCmasWithComplaints() {
    CouncilFixtures fixtures = new CouncilFixtures(context);
    town = fixtures.councilLife(fixtures.cmas(onboarded("3120508")));
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_grid_fetches_the_complaints_a_page_at_a_time_newest_first() {
    loginAs(Role.COUNCIL_SECRETARY, town);
    UI.getCurrent().navigate(ComplaintsView.class);
    Grid<ComplaintSummary> grid = _get(Grid.class, spec -> spec.withId("complaint-grid"));

    assertThat(grid.getDataProvider().isInMemory()).isFalse();
    assertThat(grid.getDataProvider().size(new Query<>())).isEqualTo(3);
    List<ComplaintSummary> first = grid.getDataProvider().fetch(new Query<>(0, 2, List.of(), null, null)).toList();
    List<ComplaintSummary> second = grid.getDataProvider().fetch(new Query<>(2, 2, List.of(), null, null)).toList();
    assertThat(first).hasSize(2);
    assertThat(second).hasSize(1);
    assertThat(second.getFirst().subject()).isEqualTo(CouncilFixtures.NAMED_COMPLAINT); // the oldest last
  }
}
