package br.org.teia.fund.ledger;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;
import java.math.BigDecimal;

/** An amount column as every fund table shows it: 1.234,50 aligned right, as wide as its figures; blank when there is none. */
public final class MoneyColumn {

  private MoneyColumn() {}

  public static <T> Grid.Column<T> add(Grid<T> grid, ValueProvider<T, BigDecimal> amount, String header) {
    return grid.addColumn(row -> {
      BigDecimal value = amount.apply(row);
      return value == null ? "" : Money.format(value);
    }).setHeader(header).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
  }
}
