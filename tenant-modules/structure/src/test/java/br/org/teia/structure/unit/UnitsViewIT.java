package br.org.teia.structure.unit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.structure.StructureContext;
import br.org.teia.testsupport.ActingAs;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@StructureContext
class UnitsViewIT extends UiTestBase {

  @Autowired UnitService units;

  /** The test's own municipality (Sabará), not a demo one. */
  private TenantId town() {
    return onboarded("3156700");
  }

  @Test
  @SuppressWarnings("unchecked")
  void staff_creates_a_cras_offering_paif_and_finds_it_in_the_list() {
    loginAs(Role.MUNICIPAL_STAFF, town());
    UI.getCurrent().navigate(UnitsView.class);
    String name = "CRAS Vila Pinho " + UUID.randomUUID().toString().substring(0, 6);

    _click(_get(Button.class, spec -> spec.withId("unit-new")));
    _setValue(_get(Select.class, spec -> spec.withId("unit-type")), UnitType.CRAS);
    _setValue(_get(TextField.class, spec -> spec.withId("unit-name")), name);
    _setValue(_get(IntegerField.class, spec -> spec.withId("unit-capacity")), 5000);
    CheckboxGroup<TypifiedServiceSummary> services = _get(CheckboxGroup.class, spec -> spec.withId("unit-services"));
    _setValue(services, services.getListDataView().getItems().filter(s -> s.code().equals("PAIF"))
        .collect(Collectors.toSet()));
    _click(_get(Button.class, spec -> spec.withId("unit-save")));

    _setValue(_get(TextField.class, spec -> spec.withId("unit-search")), name);
    Grid<UnitSummary> grid = _get(Grid.class, spec -> spec.withId("unit-grid"));
    assertThat(GridKt._size(grid)).isEqualTo(1);
    assertThat(GridKt._get(grid, 0).services()).containsExactly("PAIF");
    assertThat(GridKt._get(grid, 0).capacity()).isEqualTo(5000);
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_list_names_the_services_in_portuguese_and_groups_the_thousands() {
    TenantId town = town();
    String name = "CRAS Nações " + UUID.randomUUID().toString().substring(0, 6);
    ActingAs.as(town, Role.MUNICIPAL_STAFF, () -> units.create(new UnitForm(UnitType.CRAS, name, null, null,
        LocalDate.of(2010, 3, 1), null, 18500, null, Set.of("PAIF"))));
    loginAs(Role.MUNICIPAL_STAFF, town);
    UI.getCurrent().navigate(UnitsView.class);

    _setValue(_get(TextField.class, spec -> spec.withId("unit-search")), name);
    Grid<UnitSummary> grid = _get(Grid.class, spec -> spec.withId("unit-grid"));
    assertThat(GridKt._getFormattedRow(grid, 0))
        .contains("Serviço de Proteção e Atendimento Integral à Família (PAIF)", "18.500")
        .doesNotContain("PAIF", "18500");
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_creas_is_not_offered_paif_in_the_form() {
    loginAs(Role.MUNICIPAL_STAFF, town());
    UI.getCurrent().navigate(UnitsView.class);

    _click(_get(Button.class, spec -> spec.withId("unit-new")));
    _setValue(_get(Select.class, spec -> spec.withId("unit-type")), UnitType.CREAS);

    CheckboxGroup<TypifiedServiceSummary> services = _get(CheckboxGroup.class, spec -> spec.withId("unit-services"));
    Set<String> offered = services.getListDataView().getItems().map(TypifiedServiceSummary::code)
        .collect(Collectors.toSet());
    assertThat(offered).contains("PAEFI").doesNotContain("PAIF", "POP_RUA");
  }

  @Test
  void a_mobile_team_without_its_cras_is_refused_under_the_cras_field_in_portuguese() {
    loginAs(Role.MUNICIPAL_STAFF, town());
    UI.getCurrent().navigate(UnitsView.class);

    _click(_get(Button.class, spec -> spec.withId("unit-new")));
    _setValue(_get(Select.class, spec -> spec.withId("unit-type")), UnitType.EQUIPE_VOLANTE);
    _setValue(_get(TextField.class, spec -> spec.withId("unit-name")), "Equipe volante " + UUID.randomUUID());
    _click(_get(Button.class, spec -> spec.withId("unit-save")));

    var parent = _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("unit-parent-cras"));
    assertThat(parent.isInvalid()).isTrue();
    assertThat(parent.getErrorMessage())
        .isEqualTo("Uma equipe volante deve estar vinculada a um CRAS: escolha o CRAS de referência.");
  }

  @Test
  void empty_name_is_shown_under_the_field_in_portuguese() {
    loginAs(Role.MUNICIPAL_STAFF, town());
    UI.getCurrent().navigate(UnitsView.class);

    _click(_get(Button.class, spec -> spec.withId("unit-new")));
    _setValue(_get(Select.class, spec -> spec.withId("unit-type")), UnitType.CRAS);
    _click(_get(Button.class, spec -> spec.withId("unit-save")));

    TextField name = _get(TextField.class, spec -> spec.withId("unit-name"));
    assertThat(name.isInvalid()).isTrue();
    assertThat(name.getErrorMessage()).isEqualTo("Informe o nome da unidade.");
  }

  @Test
  void council_member_sees_the_list_and_the_exports_without_the_create_button() {
    TenantId town = town();
    for (int i = 0; i < 3; i++) { // the municipality's structure: three CRAS
      String name = "CRAS " + i + " " + UUID.randomUUID().toString().substring(0, 6);
      ActingAs.as(town, Role.MUNICIPAL_STAFF, () -> units.create(new UnitForm(UnitType.CRAS, name, null, null,
          LocalDate.of(2010, 3, 1), null, 2500, null, Set.of("PAIF"))));
    }
    loginAs(Role.COUNCIL_MEMBER, town);
    UI.getCurrent().navigate(UnitsView.class);

    assertThat(_find(Button.class, spec -> spec.withId("unit-new"))).isEmpty();
    assertThat(_find(Anchor.class, spec -> spec.withId("unit-export-xlsx"))).hasSize(1);
    @SuppressWarnings("unchecked")
    Grid<UnitSummary> grid = _get(Grid.class, spec -> spec.withId("unit-grid"));
    assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(3);
  }

  @Test
  void long_unit_names_wrap_with_a_tooltip_instead_of_being_cut_at_1366_px() {
    loginAs(Role.MUNICIPAL_STAFF, town());
    UI.getCurrent().navigate(UnitsView.class);

    Grid<?> grid = _get(Grid.class, spec -> spec.withId("unit-grid"));
    assertThat(grid.getThemeNames()).contains("wrap-cell-content");
    assertThat(grid.getColumnByKey("name").isAutoWidth()).isFalse(); // auto width measures only the first rows
    assertThat(grid.getColumnByKey("name").getFlexGrow()).isGreaterThan(1);
  }
}
