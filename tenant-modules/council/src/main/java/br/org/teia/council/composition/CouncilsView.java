package br.org.teia.council.composition;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.council.CouncilAccess;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.form.EditorDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The municipality's councils and their rules; the council's secretary registers and changes them. */
@PageHelp("council.help.councils")
@Route(CouncilsView.ROUTE)
@RolesAllowed(CouncilAccess.READ)
public class CouncilsView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "conselhos";

  private final CompositionService composition;
  private final Grid<CouncilSummary> grid = new Grid<>(CouncilSummary.class, false);

  public CouncilsView(CompositionService composition, CurrentUser currentUser) {
    this.composition = composition;
    boolean canWrite = currentUser.can(CouncilAccess.WRITE);
    setSizeFull();
    Button create = new Button(getTranslation("council.ui.new"), VaadinIcon.PLUS.create(), click -> openEditor(null));
    create.setId("council-new");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.setVisible(canWrite);

    grid.setId("council-grid");
    grid.addColumn(CouncilSummary::acronym).setHeader(getTranslation("council.ui.acronym")).setAutoWidth(true);
    grid.addColumn(CouncilSummary::name).setHeader(getTranslation("council.ui.name"));
    grid.addColumn(c -> c.lawNumber() + " (" + c.lawDate().getYear() + ")").setHeader(getTranslation("council.ui.law"))
        .setAutoWidth(true);
    grid.addColumn(c -> getTranslation("council.ui.seats-value", c.seats(), c.seats() / 2, c.seats() / 2))
        .setHeader(getTranslation("council.ui.seats")).setAutoWidth(true);
    grid.addColumn(c -> getTranslation("council.ui.quorum-value", c.quorumRequired()))
        .setHeader(getTranslation("council.ui.quorum")).setAutoWidth(true);
    grid.addColumn(c -> getTranslation("council.ui.notice-value", c.noticeDays(), c.extraordinaryNoticeDays()))
        .setHeader(getTranslation("council.ui.notice")).setAutoWidth(true);
    grid.setEmptyStateText(getTranslation("council.ui.empty"));
    if (canWrite) {
      grid.addItemClickListener(click -> openEditor(click.getItem()));
    }
    refresh();
    add(new H2(getTranslation("council.ui.councils")), create, grid);
    expand(grid);
  }

  private void refresh() {
    grid.setItems(composition.councils());
  }

  private void openEditor(CouncilSummary existing) {
    CouncilEditor form = new CouncilEditor();
    EditorDialog<CouncilForm> dialog = new EditorDialog<>(
        getTranslation(existing == null ? "council.ui.new" : "council.ui.edit"), form,
        value -> getTranslation("council.ui.saved", (existing == null ? composition.create(value)
            : composition.update(existing.id(), existing.version(), value)).acronym()),
        this::refresh);
    dialog.setWidth("min(60em, 95vw)");
    dialog.open(existing == null ? form.blank() : existing.form());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("council.ui.councils") + " | " + getTranslation("app.name");
  }
}
