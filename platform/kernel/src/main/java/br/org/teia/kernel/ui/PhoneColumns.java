package br.org.teia.kernel.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A list on a phone: below {@value #PHONE_WIDTH} px of window the grid shows only its priority
 * columns (what identifies the row), the others come back on a wider window. The width is the
 * browser's, asked when the grid is attached (window.innerWidth, answered by the browser itself) and
 * followed on every resize. Only columns visible at that moment are hidden, so a column a view hides
 * for its own reasons stays hidden. {@code PhoneColumns.keep(grid, nameColumn, statusColumn)}.
 *
 * <p>On a phone the priority columns also share the grid's width and their text wraps: an auto
 * width (or a fixed one) measures a long text on one line, and the grid then scrolls sideways inside
 * itself with the last priority column out of view. Amounts and numbers (columns aligned to the end)
 * keep the width of their longest figure instead. A wider window gets the view's own widths back.
 */
public final class PhoneColumns {

  /** Narrower than this (CSS pixels) is a phone. */
  public static final int PHONE_WIDTH = 600;
  /** The grid web component's width of a column the view gave none. */
  private static final String DEFAULT_WIDTH = "100px";

  private final Grid<?> grid;
  private final List<Grid.Column<?>> priority;
  private final Set<Grid.Column<?>> hidden = new LinkedHashSet<>();
  /** The view's own width of each priority column, while a phone's is in force. */
  private final Map<Grid.Column<?>, Width> ownWidths = new LinkedHashMap<>();
  private boolean wrapAdded;
  private Registration resize;

  private record Width(boolean auto, String width, int flexGrow) {}

  PhoneColumns(Grid<?> grid, List<Grid.Column<?>> priority) {
    this.grid = grid;
    this.priority = priority;
  }

  /** On a phone, {@code grid} shows the {@code priority} columns only, side by side within its width. */
  public static void keep(Grid<?> grid, Grid.Column<?>... priority) {
    PhoneColumns columns = new PhoneColumns(grid, List.of(priority));
    grid.addAttachListener(attach -> {
      grid.getElement().executeJs("return window.innerWidth").then(Integer.class, columns::fit);
      columns.resize = attach.getUI().getPage().addBrowserWindowResizeListener(resized -> columns.fit(resized.getWidth()));
    });
    grid.addDetachListener(detach -> {
      if (columns.resize != null) {
        columns.resize.remove();
        columns.resize = null;
      }
    });
  }

  /** Shows the priority columns only when {@code windowWidth} is a phone's, every column otherwise. */
  void fit(Integer windowWidth) {
    if (windowWidth != null && windowWidth > 0 && windowWidth < PHONE_WIDTH) {
      for (Grid.Column<?> column : new ArrayList<>(grid.getColumns())) {
        if (!priority.contains(column) && column.isVisible()) {
          column.setVisible(false);
          hidden.add(column);
        }
      }
      shareTheWidth();
    } else {
      hidden.forEach(column -> column.setVisible(true));
      hidden.clear();
      restoreOwnWidths();
    }
  }

  /**
   * Each priority column starts from nothing and grows by the view's weight (at least 1), so together
   * they fill the grid and never pass its edge; text wraps instead of widening its column.
   */
  private void shareTheWidth() {
    if (!ownWidths.isEmpty()) {
      return;
    }
    for (Grid.Column<?> column : priority) {
      ownWidths.put(column, new Width(column.isAutoWidth(), column.getWidth(), column.getFlexGrow()));
      if (column.getTextAlign() == ColumnTextAlign.END) {
        // an amount or a number: as wide as its longest figure, which would be cut rather than wrap
        column.setAutoWidth(true);
        column.setFlexGrow(0);
        continue;
      }
      column.setAutoWidth(false);
      column.setWidth("0");
      column.setFlexGrow(Math.max(1, column.getFlexGrow()));
    }
    if (!grid.getThemeNames().contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName())) {
      grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
      wrapAdded = true;
    }
    grid.recalculateColumnWidths();
  }

  private void restoreOwnWidths() {
    ownWidths.forEach((column, own) -> {
      column.setWidth(own.width() == null ? DEFAULT_WIDTH : own.width());
      column.setFlexGrow(own.flexGrow());
      column.setAutoWidth(own.auto());
    });
    if (wrapAdded) {
      grid.removeThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
      wrapAdded = false;
    }
    if (!ownWidths.isEmpty()) {
      ownWidths.clear();
      grid.recalculateColumnWidths();
    }
  }
}
