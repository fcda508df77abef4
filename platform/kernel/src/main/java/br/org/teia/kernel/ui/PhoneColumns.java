package br.org.teia.kernel.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A list on a phone: below {@value #PHONE_WIDTH} px of window the grid shows only its priority
 * columns (what identifies the row), the others come back on a wider window. The width is the
 * browser's, asked when the grid is attached (window.innerWidth, answered by the browser itself) and
 * followed on every resize. Only columns visible at that moment are hidden, so a column a view hides
 * for its own reasons stays hidden. {@code PhoneColumns.keep(grid, nameColumn, statusColumn)}.
 */
public final class PhoneColumns {

  /** Narrower than this (CSS pixels) is a phone. */
  public static final int PHONE_WIDTH = 600;

  private final Grid<?> grid;
  private final List<Grid.Column<?>> priority;
  private final Set<Grid.Column<?>> hidden = new LinkedHashSet<>();
  private Registration resize;

  private PhoneColumns(Grid<?> grid, List<Grid.Column<?>> priority) {
    this.grid = grid;
    this.priority = priority;
  }

  /** On a phone, {@code grid} shows the {@code priority} columns only. */
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
    } else {
      hidden.forEach(column -> column.setVisible(true));
      hidden.clear();
    }
  }
}
