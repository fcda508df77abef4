package br.org.teia.council.conference;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.CouncilContext;
import br.org.teia.council.CouncilFixtures;
import br.org.teia.council.complaint.ComplaintChannel;
import br.org.teia.council.complaint.ComplaintSummary;
import br.org.teia.council.complaint.ComplaintsView;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Complaints and conferences of a CMAS of the test's own (Jequitinhonha), on screen, and what the public page shows. */
@CouncilContext
class CouncilLifeViewsIT extends UiTestBase {

  private TenantId town;

  @BeforeEach
  void aCmasWithComplaintsAndAConference() {
    town = new CouncilFixtures(context).councilLife(onboarded("3135803"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_secretary_registers_a_complaint_and_field_errors_come_in_portuguese() {
    loginAs(Role.COUNCIL_SECRETARY, town);
    UI.getCurrent().navigate(ComplaintsView.class);
    Grid<ComplaintSummary> grid = _get(Grid.class, spec -> spec.withId("complaint-grid"));
    int before = GridKt._size(grid);
    assertThat(before).isEqualTo(3); // the fixture's complaints; no other test of the class adds one

    _click(_get(Button.class, spec -> spec.withId("complaint-new")));
    _click(_get(Button.class, spec -> spec.withId("complaint-save")));
    assertThat(_get(TextField.class, spec -> spec.withId("complaint-subject")).getErrorMessage())
        .isEqualTo("Informe o assunto.");

    _setValue(_get(Select.class, spec -> spec.withId("complaint-channel")), ComplaintChannel.PHONE);
    _setValue(_get(Checkbox.class, spec -> spec.withId("complaint-anonymous")), true);
    _setValue(_get(TextField.class, spec -> spec.withId("complaint-subject")), "Cadastro Único sem atendimento");
    _setValue(_get(TextArea.class, spec -> spec.withId("complaint-description")), "Posto fechado há uma semana.");
    _click(_get(Button.class, spec -> spec.withId("complaint-save")));

    assertThat(GridKt._size(grid)).isEqualTo(before + 1);
    assertThat(GridKt._get(grid, 0).subject()).isEqualTo("Cadastro Único sem atendimento");
    assertThat(GridKt._get(grid, 0).protocol()).endsWith("/" + LocalDate.now().getYear());
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_councillor_follows_complaints_without_seeing_who_complained_nor_the_buttons() {
    loginAs(Role.COUNCIL_MEMBER, town);
    UI.getCurrent().navigate(ComplaintsView.class);
    assertThat(_find(Button.class, spec -> spec.withId("complaint-new"))).isEmpty(); // only visible ones are found
    Grid<ComplaintSummary> grid = _get(Grid.class, spec -> spec.withId("complaint-grid"));
    ComplaintSummary named = GridKt._findAll(grid).stream()
        .filter(c -> c.subject().equals("Demora no atendimento do CRAS")).findFirst().orElseThrow();
    GridKt._clickItem(grid, GridKt._findAll(grid).indexOf(named));

    String dialog = _find(Paragraph.class).stream().map(Paragraph::getText).reduce("", String::concat);
    assertThat(dialog).contains("só a secretaria executiva vê o nome").doesNotContain("Rosa Martins");
    assertThat(_find(Button.class, spec -> spec.withId("complaint-close"))).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_secretary_follows_a_conference_deliberation_up() {
    loginAs(Role.COUNCIL_SECRETARY, town);
    UI.getCurrent().navigate(ConferencesView.class);
    Grid<ConferenceSummary> conferences = _get(Grid.class, spec -> spec.withId("conference-grid"));
    assertThat(GridKt._size(conferences)).isEqualTo(1);
    assertThat(_get(Paragraph.class, spec -> spec.withId("conferences-cycle")).getText())
        .startsWith("Próxima conferência ordinária: ");

    UI.getCurrent().navigate(ConferenceView.class, GridKt._get(conferences, 0).id().toString());
    assertThat(_get(Paragraph.class, spec -> spec.withId("committee-parity")).getText())
        .isEqualTo("Comissão paritária: governo e sociedade civil em igual número.");
    Grid<DeliberationSummary> deliberations = _get(Grid.class, spec -> spec.withId("deliberation-grid"));
    DeliberationSummary pending = GridKt._findAll(deliberations).stream()
        .filter(d -> d.status() == DeliberationStatus.PENDING).findFirst().orElseThrow();

    _click((Button) GridKt._getCellComponent(deliberations, GridKt._findAll(deliberations).indexOf(pending), "actions"));
    _setValue(_get(Select.class, spec -> spec.withId("deliberation-follow-up-status")), DeliberationStatus.IN_PROGRESS);
    _setValue(_get(TextArea.class, spec -> spec.withId("deliberation-follow-up-note")), "Reunião com a secretaria de Estado.");
    _click(_get(Button.class, spec -> spec.withId("deliberation-follow-up-save")));

    Grid<DeliberationSummary> after = _get(Grid.class, spec -> spec.withId("deliberation-grid"));
    assertThat(GridKt._findAll(after).stream().filter(d -> d.id().equals(pending.id())).findFirst().orElseThrow().status())
        .isEqualTo(DeliberationStatus.IN_PROGRESS);
  }
}
