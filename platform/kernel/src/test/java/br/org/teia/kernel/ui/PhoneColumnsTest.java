package br.org.teia.kernel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On a phone the priority columns share the grid's width and wrap (a column measured on one line
 * pushed the next one behind the grid's sideways scroll); on a wider window the view's widths return.
 */
class PhoneColumnsTest {

  private static final String WRAP = GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName();

  private final Grid<String> grid = new Grid<>();
  private Grid.Column<String> name;
  private Grid.Column<String> rule;
  private Grid.Column<String> detail;
  private Grid.Column<String> status;

  @BeforeEach
  void open() {
    MockVaadin.setup();
    name = grid.addColumn(s -> s).setAutoWidth(true);
    rule = grid.addColumn(s -> s).setFlexGrow(3);
    detail = grid.addColumn(s -> s).setAutoWidth(true);
    status = grid.addColumn(s -> s).setWidth("12em").setFlexGrow(0);
  }

  @AfterEach
  void close() {
    MockVaadin.tearDown();
  }

  @Test
  void on_a_phone_the_priority_columns_start_from_nothing_grow_by_their_weight_and_wrap() {
    new PhoneColumns(grid, List.of(name, rule, status)).fit(390);

    assertThat(detail.isVisible()).isFalse();
    assertThat(List.of(name, rule, status)).allSatisfy(column -> {
      assertThat(column.isVisible()).isTrue();
      assertThat(column.isAutoWidth()).isFalse();
      assertThat(column.getWidth()).isEqualTo("0");
    });
    assertThat(List.of(name.getFlexGrow(), rule.getFlexGrow(), status.getFlexGrow())).containsExactly(1, 3, 1);
    assertThat(grid.getThemeNames()).contains(WRAP);
  }

  @Test
  void on_a_phone_an_amount_keeps_the_width_of_its_longest_figure_and_a_wider_window_gives_the_views_back() {
    Grid.Column<String> amount = grid.addColumn(s -> s).setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
    PhoneColumns columns = new PhoneColumns(grid, List.of(name, amount));
    columns.fit(390);

    assertThat(amount.isAutoWidth()).as("a figure cut to '3.444.02…' tells nothing").isTrue();
    assertThat(amount.getFlexGrow()).isZero();
    assertThat(name.getWidth()).isEqualTo("0");

    columns.fit(1280);
    assertThat(amount.isAutoWidth()).isFalse();
    assertThat(amount.getFlexGrow()).isEqualTo(1);
  }

  @Test
  void a_wider_window_gets_the_views_own_widths_and_no_wrapping_back() {
    PhoneColumns columns = new PhoneColumns(grid, List.of(name, rule, status));
    columns.fit(390);
    columns.fit(400); // a second phone width (turning the phone) keeps the view's widths to restore
    columns.fit(1280);

    assertThat(detail.isVisible()).isTrue();
    assertThat(name.isAutoWidth()).isTrue();
    assertThat(rule.isAutoWidth()).isFalse();
    assertThat(rule.getWidth()).isEqualTo("100px");
    assertThat(rule.getFlexGrow()).isEqualTo(3);
    assertThat(status.getWidth()).isEqualTo("12em");
    assertThat(status.getFlexGrow()).isZero();
    assertThat(grid.getThemeNames()).doesNotContain(WRAP);
  }

  @Test
  void a_grid_that_wraps_for_its_own_reasons_keeps_wrapping_on_a_wider_window() {
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    PhoneColumns columns = new PhoneColumns(grid, List.of(name));
    columns.fit(390);
    columns.fit(1280);

    assertThat(grid.getThemeNames()).contains(WRAP);
  }

  @Test
  void a_desktop_window_changes_nothing() {
    new PhoneColumns(grid, List.of(name)).fit(1366);

    assertThat(grid.getColumns()).allSatisfy(column -> assertThat(column.isVisible()).isTrue());
    assertThat(name.isAutoWidth()).isTrue();
    assertThat(rule.getFlexGrow()).isEqualTo(3);
    assertThat(status.getWidth()).isEqualTo("12em");
  }
}
