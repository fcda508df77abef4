package br.org.teia.council.commission;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.CouncilContext;
import br.org.teia.council.CouncilFixtures;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The commissions screen on a CMAS of the test's own (Jequeri): one commission of each kind, three members each. */
@CouncilContext
class CommissionsViewIT extends UiTestBase {

  private TenantId town;

  @BeforeEach
  void aCmasWithItsCommissions() {
    town = new CouncilFixtures(context).cmas(onboarded("3135506"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_secretary_sees_one_commission_of_each_kind_and_records_a_report() {
    loginAs(Role.COUNCIL_SECRETARY, town);
    UI.getCurrent().navigate(CommissionsView.class);
    Grid<CommissionSummary> grid = _get(Grid.class, spec -> spec.withId("commission-grid"));
    assertThat(GridKt._findAll(grid)).extracting(CommissionSummary::kind)
        .containsExactlyInAnyOrder(CommissionKind.THEMATIC, CommissionKind.ENTITY_INSCRIPTION, CommissionKind.ETHICS);
    CommissionSummary ethics = GridKt._findAll(grid).stream().filter(c -> c.kind() == CommissionKind.ETHICS)
        .findFirst().orElseThrow();

    grid.select(ethics);
    assertThat(_get(MultiSelectComboBox.class, spec -> spec.withId("commission-members")).getValue()).hasSize(3);
    Grid<CommissionSummary.Report> reports = _get(Grid.class, spec -> spec.withId("commission-report-grid"));
    int before = GridKt._size(reports);
    String title = "Parecer " + UUID.randomUUID().toString().substring(0, 6);
    _setValue(_get(TextField.class, spec -> spec.withId("commission-report-title")), title);
    _setValue(_get(TextArea.class, spec -> spec.withId("commission-report-text")), "Nada a opor.");
    _click(_get(Button.class, spec -> spec.withId("commission-report-add")));

    reports = _get(Grid.class, spec -> spec.withId("commission-report-grid"));
    assertThat(GridKt._size(reports)).isEqualTo(before + 1);
    assertThat(GridKt._get(reports, 0).title()).isEqualTo(title);
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_second_ethics_commission_is_refused_in_portuguese() {
    loginAs(Role.COUNCIL_SECRETARY, town);
    UI.getCurrent().navigate(CommissionsView.class);

    _click(_get(Button.class, spec -> spec.withId("commission-new")));
    _setValue(_get(Select.class, spec -> spec.withId("commission-kind")), CommissionKind.ETHICS);
    _setValue(_get(TextField.class, spec -> spec.withId("commission-name")), "Outra Comissão de Ética");
    _click(_get(Button.class, spec -> spec.withId("commission-save")));

    Select<CommissionKind> kind = _get(Select.class, spec -> spec.withId("commission-kind"));
    assertThat(kind.isInvalid()).isTrue();
    assertThat(kind.getErrorMessage()).startsWith("O conselho já tem uma comissão deste tipo");
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_councillor_reads_members_and_reports_without_changing_them() {
    loginAs(Role.COUNCIL_MEMBER, town);
    UI.getCurrent().navigate(CommissionsView.class);
    Grid<CommissionSummary> grid = _get(Grid.class, spec -> spec.withId("commission-grid"));

    grid.select(GridKt._get(grid, 0));

    assertThat(_find(Button.class, spec -> spec.withId("commission-new"))).isEmpty();
    assertThat(_find(Button.class, spec -> spec.withId("commission-report-add"))).isEmpty();
    assertThat(_get(MultiSelectComboBox.class, spec -> spec.withId("commission-members")).isReadOnly()).isTrue();
  }
}
