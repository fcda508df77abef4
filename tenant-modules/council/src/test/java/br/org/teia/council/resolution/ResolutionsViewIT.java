package br.org.teia.council.resolution;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.CouncilContext;
import br.org.teia.council.CouncilFixtures;
import br.org.teia.council.meeting.DeliberatedItem;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import br.org.teia.kernel.ui.DrawerMenu;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The resolutions screen on a CMAS of the test's own (José Gonçalves de Minas, the module fixture's). */
@CouncilContext
class ResolutionsViewIT extends UiTestBase {

  private TenantId town;

  @BeforeEach
  void aCmasWithAYearOfResolutions() {
    town = new CouncilFixtures(context).cmas(onboarded("3136520"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_secretary_drafts_a_resolution_from_a_deliberated_item_publishes_it_and_gets_its_pdf() {
    loginAs(Role.COUNCIL_SECRETARY, town);
    UI.getCurrent().navigate(ResolutionsView.class);
    Grid<ResolutionSummary> grid = _get(Grid.class, spec -> spec.withId("resolution-grid"));
    int before = GridKt._size(grid);
    String title = "Aprova a ata " + UUID.randomUUID().toString().substring(0, 6);

    _click(_get(Button.class, spec -> spec.withId("resolution-new")));
    Select<DeliberatedItem> item = _get(Select.class, spec -> spec.withId("resolution-item"));
    _setValue(item, item.getListDataView().getItems().findFirst().orElseThrow());
    _setValue(_get(TextField.class, spec -> spec.withId("resolution-title")), title);
    _setValue(_get(TextArea.class, spec -> spec.withId("resolution-text")), "Aprova a ata sem ressalvas.");
    _click(_get(Button.class, spec -> spec.withId("resolution-save")));

    assertThat(GridKt._size(grid)).isEqualTo(before + 1);
    ResolutionSummary created = GridKt._findAll(grid).stream().filter(r -> r.title().equals(title)).findFirst()
        .orElseThrow();
    assertThat(created.status()).isEqualTo(ResolutionStatus.DRAFT);
    grid.select(created);
    Button publish = _get(Button.class, spec -> spec.withId("resolution-publish"));
    Anchor pdf = _get(Anchor.class, spec -> spec.withId("resolution-pdf"));
    assertThat(publish.isEnabled()).isTrue();
    assertThat(pdf.isEnabled()).isFalse();

    _click(publish);
    // a public act: nothing is published before the secretary confirms
    assertThat(GridKt._findAll(grid).stream().filter(r -> r.id().equals(created.id())).findFirst().orElseThrow()
        .status()).isEqualTo(ResolutionStatus.DRAFT);
    ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("resolution-publish-confirm"));
    assertThat(ConfirmDialogKt._getText(confirm)).contains(title).contains("página pública");
    ConfirmDialogKt._fireConfirm(confirm);

    ResolutionSummary published = GridKt._findAll(grid).stream().filter(r -> r.id().equals(created.id())).findFirst()
        .orElseThrow();
    assertThat(published.status()).isEqualTo(ResolutionStatus.PUBLISHED);
    grid.select(published);
    assertThat(publish.isEnabled()).isFalse();
    assertThat(pdf.isEnabled()).isTrue();
    assertThat(pdf.getHref()).isNotBlank();
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_search_narrows_the_list_in_portuguese() {
    loginAs(Role.COUNCIL_MEMBER, town);
    UI.getCurrent().navigate(ResolutionsView.class);
    Grid<ResolutionSummary> grid = _get(Grid.class, spec -> spec.withId("resolution-grid"));
    int all = GridKt._size(grid);

    _setValue(_get(TextField.class, spec -> spec.withId("resolution-search")), "benefício");

    List<ResolutionSummary> found = GridKt._findAll(grid);
    assertThat(found).hasSize(2).hasSizeLessThan(all) // the fixture's two meetings on benefícios eventuais
        .allSatisfy(r -> assertThat(r.title() + r.text()).containsIgnoringCase("benefício"));
    assertThat(GridKt._getFormattedRow(grid, 0).getFirst()).startsWith("Resolução nº ");
  }

  @Test
  void a_councillor_reads_without_the_buttons_that_change_resolutions() {
    loginAs(Role.COUNCIL_MEMBER, town);
    UI.getCurrent().navigate(ResolutionsView.class);

    assertThat(_find(Button.class, spec -> spec.withId("resolution-new"))).isEmpty();
    assertThat(_find(Button.class, spec -> spec.withId("resolution-publish"))).isEmpty();
    assertThat(_find(Anchor.class, spec -> spec.withId("resolution-pdf"))).hasSize(1);
    assertThat(_get(DrawerMenu.class).labels())
        .contains("Resoluções do conselho", "Comissões do conselho");
  }

  @Test
  void long_titles_wrap_with_a_tooltip_instead_of_being_cut_at_1366_px() {
    loginAs(Role.COUNCIL_MEMBER, town);
    UI.getCurrent().navigate(ResolutionsView.class);

    Grid<?> grid = _get(Grid.class, spec -> spec.withId("resolution-grid"));
    assertThat(grid.getThemeNames()).contains("wrap-cell-content");
    assertThat(grid.getColumnByKey("title").getFlexGrow()).isGreaterThan(1);
  }
}
