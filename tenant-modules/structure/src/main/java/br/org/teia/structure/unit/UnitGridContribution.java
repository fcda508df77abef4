package br.org.teia.structure.unit;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;

/**
 * Columns another feature adds to the units grid (the reference-team check does), so the unit
 * feature does not depend on it. A prototype bean: each grid gets its own instance, which may keep
 * what {@link #prepare} read for the page being shown.
 */
public interface UnitGridContribution {

  /** Adds this contribution's columns to {@code grid}. */
  void addColumns(Grid<UnitSummary> grid);

  /** Called with each page the grid fetches, before its rows are rendered: lets the contribution read in bulk. */
  default void prepare(List<UnitSummary> page) {}
}
