package br.org.teia.fund.controls;

import br.org.teia.fund.FundAccess;
import br.org.teia.fund.catalogue.CatalogueService;
import br.org.teia.fund.catalogue.FinancingBlock;
import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.kernel.ui.PhoneColumns;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The SUAS controls of a year, live, block by block: each control's status (em dia, atenção,
 * irregular, the last in red) and what is wrong, in words and reais, with a summary line on top.
 */
@PageHelp("fund.help.controls")
@Route(ControlsView.ROUTE)
@RolesAllowed(FundAccess.READ)
public class ControlsView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "fundo/controles";
  /** The status column's cell: the same span with the badge's theme a Span component made. */
  static final String STATUS_BADGE = "<span theme=\"${item.theme}\">${item.label}</span>";

  private final ControlService controls;
  private final CatalogueService catalogue;
  final Select<Integer> year = new Select<>();
  final Paragraph summary = new Paragraph();
  final Grid<ControlResult> grid = new Grid<>();

  public ControlsView(ControlService controls, CatalogueService catalogue, Clock clock) {
    this.controls = controls;
    this.catalogue = catalogue;
    setSizeFull();
    int current = LocalDate.now(clock).getYear();
    year.setId("fund-controls-year");
    year.setLabel(getTranslation("fund.ledger.year"));
    year.setItems(IntStream.rangeClosed(current - 3, current).boxed().sorted((a, b) -> b - a).toList());
    year.setValue(current);
    year.addValueChangeListener(change -> refresh());
    summary.setId("fund-controls-summary");

    grid.setId("fund-controls");
    var block = grid.addColumn(ControlResult::blockCode).setHeader(getTranslation("fund.expense.block")).setAutoWidth(true);
    var rule = grid.addColumn(r -> getTranslation(r.control().labelKey())).setHeader(getTranslation("fund.control.rule"))
        .setAutoWidth(true);
    // A rule's name may take two lines on a phone rather than push its status off screen.
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    // The status as a badge written by the browser (a Lit template), not a Span component a row: a
    // component a row costs each UI two state nodes a row for as long as the grid shows it (issue 15).
    var statusColumn = grid.addColumn(LitRenderer.<ControlResult>of(STATUS_BADGE)
            .withProperty("label", r -> getTranslation(r.status().labelKey()))
            .withProperty("theme", r -> badgeTheme(r.status())))
        .setHeader(getTranslation("fund.control.status")).setAutoWidth(true).setKey("status");
    grid.addColumn(r -> getTranslation(r.messageKey(), r.argumentArray())).setHeader(getTranslation("fund.control.detail"))
        .setFlexGrow(3);
    grid.setPartNameGenerator(r -> r.status() == ControlStatus.VIOLATION ? "violation" : null);
    PhoneColumns.keep(grid, block, rule, statusColumn);
    add(new H2(getTranslation("fund.control.title")), year, summary, grid);
    expand(grid);
    refresh();
  }

  /** The badge's theme of a status: red for irregular, as the summary's count. */
  static String badgeTheme(ControlStatus status) {
    return switch (status) {
      case OK -> "badge success";
      case ATTENTION -> "badge contrast";
      case VIOLATION -> "badge error primary";
    };
  }

  private void refresh() {
    List<ControlResult> results = controls.controls(year.getValue());
    List<String> blocks = catalogue.blocks(year.getValue()).stream().map(FinancingBlock::code).toList();
    // the red first, then what to watch, each in the catalogue's order of blocks
    grid.setItems(results.stream().sorted(Comparator.comparing((ControlResult r) -> r.status()).reversed()
        .thenComparing(r -> blocks.indexOf(r.blockCode()))).toList());
    long wrong = results.stream().filter(r -> r.status() == ControlStatus.VIOLATION).count();
    long watch = results.stream().filter(r -> r.status() == ControlStatus.ATTENTION).count();
    summary.setText(getTranslation("fund.control.summary", wrong, watch));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("fund.control.title") + " | " + getTranslation("app.name");
  }
}
