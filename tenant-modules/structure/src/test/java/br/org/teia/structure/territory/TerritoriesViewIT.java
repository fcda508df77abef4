package br.org.teia.structure.territory;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.structure.StructureContext;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@StructureContext
class TerritoriesViewIT extends UiTestBase {

  /** The test's own municipality (Sabará), not a demo one. */
  private TenantId town() {
    return onboarded("3156700");
  }

  @Test
  void staff_creates_a_territory_and_finds_it_in_the_list() {
    loginAs(Role.MUNICIPAL_STAFF, town());
    UI.getCurrent().navigate(TerritoriesView.class);
    String name = "Aglomerado da Serra " + UUID.randomUUID().toString().substring(0, 6);

    _click(_get(Button.class, spec -> spec.withId("territory-new")));
    _setValue(_get(TextField.class, spec -> spec.withId("territory-name")), name);
    _setValue(_get(IntegerField.class, spec -> spec.withId("territory-families")), 3400);
    _click(_get(Button.class, spec -> spec.withId("territory-save")));

    _setValue(_get(TextField.class, spec -> spec.withId("territory-search")), name);
    @SuppressWarnings("unchecked")
    Grid<TerritorySummary> grid = _get(Grid.class, spec -> spec.withId("territory-grid"));
    assertThat(GridKt._size(grid)).isEqualTo(1);
    assertThat(GridKt._get(grid, 0).estimatedFamilies()).isEqualTo(3400);
  }

  @Test
  void empty_name_is_shown_under_the_field_in_portuguese() {
    loginAs(Role.MUNICIPAL_STAFF, town());
    UI.getCurrent().navigate(TerritoriesView.class);

    _click(_get(Button.class, spec -> spec.withId("territory-new")));
    _click(_get(Button.class, spec -> spec.withId("territory-save")));

    TextField name = _get(TextField.class, spec -> spec.withId("territory-name"));
    assertThat(name.isInvalid()).isTrue();
    assertThat(name.getErrorMessage()).isEqualTo("Informe o nome do território.");
  }

  @Test
  void council_member_sees_the_list_without_the_create_button() {
    loginAs(Role.COUNCIL_MEMBER, town());
    UI.getCurrent().navigate(TerritoriesView.class);

    assertThat(_find(Button.class, spec -> spec.withId("territory-new"))).isEmpty(); // only visible ones are found
    assertThat(_find(Grid.class)).hasSize(1);
  }
}
