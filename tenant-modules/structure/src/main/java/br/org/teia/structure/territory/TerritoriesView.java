package br.org.teia.structure.territory;

import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.FormErrors;
import br.org.teia.kernel.export.Spreadsheet;
import br.org.teia.structure.StructureAccess;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;

/** Territories of the municipality: searchable, paged list; create and edit in a dialog. */
@Route(TerritoriesView.ROUTE)
@RolesAllowed(StructureAccess.READ)
public class TerritoriesView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "estrutura/territorios";

  private final TerritoryService territories;
  private final boolean canWrite;
  private final TextField search = new TextField();
  private final Grid<TerritorySummary> grid = new Grid<>(TerritorySummary.class, false);

  public TerritoriesView(TerritoryService territories, TerritoryExport export, CurrentUser currentUser) {
    this.territories = territories;
    this.canWrite = currentUser.can(StructureAccess.WRITE);
    setSizeFull();

    search.setLabel(getTranslation("structure.territory.search"));
    search.setId("territory-search");
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

    Button create = new Button(getTranslation("structure.territory.new"), VaadinIcon.PLUS.create(),
        click -> openEditor(null));
    create.setId("territory-new");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.setVisible(canWrite);

    java.util.Locale locale = getLocale();
    Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> Spreadsheet.download(
        export.csv(search.getValue(), locale), "territorios.csv", Spreadsheet.CSV_TYPE)),
        getTranslation("structure.territory.export.csv"));
    csv.setId("territory-export-csv");
    Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> Spreadsheet.download(
        export.xlsx(search.getValue(), locale), "territorios.xlsx", Spreadsheet.XLSX_TYPE)),
        getTranslation("structure.territory.export.xlsx"));
    xlsx.setId("territory-export-xlsx");

    HorizontalLayout toolbar = new HorizontalLayout(search, create, csv, xlsx);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    grid.setId("territory-grid");
    grid.addColumn(TerritorySummary::name).setHeader(getTranslation("structure.territory.name")).setAutoWidth(true);
    grid.addColumn(TerritorySummary::neighbourhoods).setHeader(getTranslation("structure.territory.neighbourhoods"));
    grid.addColumn(TerritorySummary::estimatedFamilies).setHeader(getTranslation("structure.territory.families"))
        .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true);
    grid.setItems(query -> territories.list(search.getValue(), query.getPage(), query.getPageSize()).stream());
    grid.setEmptyStateText(getTranslation("structure.territory.empty"));
    if (canWrite) {
      grid.addItemClickListener(click -> openEditor(click.getItem()));
    }
    add(new H2(getTranslation("structure.territory.title")), toolbar, grid);
    expand(grid);
  }

  private void openEditor(TerritorySummary existing) {
    Dialog dialog = new Dialog(getTranslation(existing == null ? "structure.territory.new" : "structure.territory.edit"));
    TextField name = new TextField(getTranslation("structure.territory.name"));
    name.setId("territory-name");
    name.setRequiredIndicatorVisible(true);
    name.setMaxLength(120);
    TextArea neighbourhoods = new TextArea(getTranslation("structure.territory.neighbourhoods"));
    IntegerField families = new IntegerField(getTranslation("structure.territory.families"));
    families.setId("territory-families");
    families.setMin(0);
    TextArea notes = new TextArea(getTranslation("structure.territory.notes"));
    if (existing != null) {
      name.setValue(existing.name());
      neighbourhoods.setValue(existing.neighbourhoods() == null ? "" : existing.neighbourhoods());
      families.setValue(existing.estimatedFamilies());
      notes.setValue(existing.vulnerabilityNotes() == null ? "" : existing.vulnerabilityNotes());
    }
    FormErrors errors = new FormErrors(Map.of("name", name, "neighbourhoods", neighbourhoods,
        "estimatedFamilies", families, "vulnerabilityNotes", notes));

    Button save = new Button(getTranslation("structure.territory.save"), click -> {
      TerritoryForm form = new TerritoryForm(name.getValue(), neighbourhoods.getValue(), families.getValue(),
          notes.getValue());
      try {
        TerritorySummary saved = existing == null
            ? territories.create(form) : territories.update(existing.id(), existing.version(), form);
        Notification.show(getTranslation("structure.territory.saved", saved.name()));
        dialog.close();
        grid.getDataProvider().refreshAll();
      } catch (ConstraintViolationException e) {
        errors.show(e);
      } catch (TeiaException e) {
        errors.show(FormErrors.messageOf(this, e), "structure.territory.duplicate".equals(e.messageKey()) ? "name" : null);
      }
    });
    save.setId("territory-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("structure.territory.cancel"), click -> dialog.close());
    dialog.add(new FormLayout(name, families, neighbourhoods, notes));
    dialog.getFooter().add(cancel, save);
    dialog.open();
    name.focus();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("structure.territory.title") + " | " + getTranslation("app.name");
  }
}
