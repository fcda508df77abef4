package br.org.teia.structure.unit;

import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.export.Downloads;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.FormErrors;
import br.org.teia.structure.StructureAccess;
import br.org.teia.structure.territory.TerritoryService;
import br.org.teia.structure.territory.TerritorySummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;

/** Units of the municipality: searchable, paged list with export; create and edit (services included) in a dialog. */
@Route(UnitsView.ROUTE)
@RolesAllowed(StructureAccess.READ)
public class UnitsView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "estrutura/unidades";

  private final UnitService units;
  private final TerritoryService territories;
  private final List<TypifiedServiceSummary> catalogue;
  private final TextField search = new TextField();
  private final Select<UnitType> typeFilter = new Select<>();
  private final Grid<UnitSummary> grid = new Grid<>(UnitSummary.class, false);

  public UnitsView(UnitService units, UnitExport export, TerritoryService territories, CurrentUser currentUser,
      ObjectProvider<UnitGridContribution> contributions) {
    this.units = units;
    this.territories = territories;
    this.catalogue = units.catalogue();
    boolean canWrite = currentUser.can(StructureAccess.WRITE);
    setSizeFull();

    search.setLabel(getTranslation("structure.unit.search"));
    search.setId("unit-search");
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    typeFilter.setLabel(getTranslation("structure.unit.filter-type"));
    typeFilter.setId("unit-type-filter");
    typeFilter.setItems(UnitType.values());
    typeFilter.setItemLabelGenerator(type -> type == null ? getTranslation("structure.unit.type.all")
        : getTranslation(type.labelKey()));
    typeFilter.setEmptySelectionAllowed(true);
    typeFilter.setEmptySelectionCaption(getTranslation("structure.unit.type.all"));
    typeFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

    Button create = new Button(getTranslation("structure.unit.new"), VaadinIcon.PLUS.create(), click -> openEditor(null));
    create.setId("unit-new");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.setVisible(canWrite);
    Locale locale = getLocale();
    Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.download(
        export.csv(search.getValue(), typeFilter.getValue(), locale), "unidades.csv", UnitExport.CSV_TYPE)),
        getTranslation("structure.unit.export.csv"));
    csv.setId("unit-export-csv");
    Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.download(
        export.xlsx(search.getValue(), typeFilter.getValue(), locale), "unidades.xlsx", UnitExport.XLSX_TYPE)),
        getTranslation("structure.unit.export.xlsx"));
    xlsx.setId("unit-export-xlsx");

    HorizontalLayout toolbar = new HorizontalLayout(search, typeFilter, create, csv, xlsx);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    grid.setId("unit-grid");
    grid.addColumn(u -> getTranslation(u.type().labelKey())).setHeader(getTranslation("structure.unit.type")).setAutoWidth(true);
    grid.addColumn(UnitSummary::name).setHeader(getTranslation("structure.unit.name")).setAutoWidth(true);
    grid.addColumn(UnitSummary::territoryName).setHeader(getTranslation("structure.unit.territory"));
    grid.addColumn(u -> getTranslation(u.status().labelKey())).setHeader(getTranslation("structure.unit.status")).setAutoWidth(true);
    grid.addColumn(UnitSummary::capacity).setHeader(getTranslation("structure.unit.capacity"))
        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    grid.addColumn(u -> String.join(", ", u.services())).setHeader(getTranslation("structure.unit.services"));
    List<UnitGridContribution> extra = contributions.orderedStream().toList();
    extra.forEach(contribution -> contribution.addColumns(grid));
    grid.setItems(query -> {
      List<UnitSummary> page = units.list(search.getValue(), typeFilter.getValue(), query.getPage(),
          query.getPageSize()).getContent();
      extra.forEach(contribution -> contribution.prepare(page));
      return page.stream();
    });
    grid.setEmptyStateText(getTranslation("structure.unit.empty"));
    if (canWrite) {
      grid.addItemClickListener(click -> openEditor(click.getItem()));
    }
    add(new H2(getTranslation("structure.unit.title")), toolbar, grid);
    expand(grid);
  }

  private void openEditor(UnitSummary existing) {
    Dialog dialog = new Dialog(getTranslation(existing == null ? "structure.unit.new" : "structure.unit.edit"));
    Select<UnitType> type = new Select<>();
    type.setLabel(getTranslation("structure.unit.type"));
    type.setId("unit-type");
    type.setItems(UnitType.values());
    type.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.labelKey()));
    type.setRequiredIndicatorVisible(true);
    TextField name = new TextField(getTranslation("structure.unit.name"));
    name.setId("unit-name");
    name.setRequiredIndicatorVisible(true);
    name.setMaxLength(120);
    TextField address = new TextField(getTranslation("structure.unit.address"));
    address.setId("unit-address");
    ComboBox<TerritorySummary> territory = new ComboBox<>(getTranslation("structure.unit.territory"));
    territory.setId("unit-territory");
    List<TerritorySummary> allTerritories = territories.list("", 0, 200).getContent();
    territory.setItems(allTerritories);
    territory.setItemLabelGenerator(TerritorySummary::name);
    territory.setClearButtonVisible(true);
    ComboBox<UnitSummary> parent = new ComboBox<>(getTranslation("structure.unit.parent-cras"));
    parent.setId("unit-parent-cras");
    List<UnitSummary> cras = units.cras();
    parent.setItems(cras);
    parent.setItemLabelGenerator(UnitSummary::name);
    DatePicker opening = new DatePicker(getTranslation("structure.unit.opening-date"));
    opening.setId("unit-opening-date");
    Select<UnitStatus> status = new Select<>();
    status.setLabel(getTranslation("structure.unit.status"));
    status.setId("unit-status");
    status.setItems(UnitStatus.values());
    status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.labelKey()));
    status.setValue(UnitStatus.ACTIVE);
    IntegerField capacity = new IntegerField(getTranslation("structure.unit.capacity"));
    capacity.setId("unit-capacity");
    capacity.setMin(0);
    CheckboxGroup<TypifiedServiceSummary> services = new CheckboxGroup<>(getTranslation("structure.unit.services"));
    services.setId("unit-services");
    services.setItemLabelGenerator(TypifiedServiceSummary::name);

    type.addValueChangeListener(e -> {
      UnitType chosen = e.getValue();
      Set<String> kept = services.getValue().stream().map(TypifiedServiceSummary::code).collect(Collectors.toSet());
      // Only what the Tipificação lets this type offer is proposed; the service refuses the rest anyway.
      List<TypifiedServiceSummary> allowed = chosen == null ? List.of()
          : catalogue.stream().filter(s -> s.offeredBy().contains(chosen)).toList();
      services.setItems(allowed);
      services.setValue(allowed.stream().filter(s -> kept.contains(s.code())).collect(Collectors.toSet()));
      parent.setVisible(chosen == UnitType.EQUIPE_VOLANTE);
      capacity.setHelperText(chosen == null ? null : getTranslation(chosen.capacityKey()));
    });
    parent.setVisible(false);

    if (existing != null) {
      type.setValue(existing.type());
      name.setValue(existing.name());
      address.setValue(existing.address() == null ? "" : existing.address());
      territory.setValue(byId(allTerritories, TerritorySummary::id).get(existing.territoryId()));
      parent.setValue(byId(cras, UnitSummary::id).get(existing.parentCrasId()));
      opening.setValue(existing.openingDate());
      status.setValue(existing.status());
      capacity.setValue(existing.capacity());
      services.setValue(catalogue.stream().filter(s -> existing.services().contains(s.code()))
          .collect(Collectors.toSet()));
    }
    FormErrors errors = new FormErrors(Map.of("type", type, "name", name, "address", address,
        "territoryId", territory, "openingDate", opening, "capacity", capacity, "parentCrasId", parent,
        "services", services));

    Button save = new Button(getTranslation("structure.unit.save"), click -> {
      Set<String> codes = new HashSet<>();
      services.getValue().forEach(s -> codes.add(s.code()));
      UnitForm form = new UnitForm(type.getValue(), name.getValue(), address.getValue(),
          territory.getValue() == null ? null : territory.getValue().id(), opening.getValue(), status.getValue(),
          capacity.getValue(), parent.getValue() == null ? null : parent.getValue().id(), codes);
      try {
        UnitSummary saved = existing == null ? units.create(form) : units.update(existing.id(), existing.version(), form);
        Notification.show(getTranslation("structure.unit.saved", saved.name()));
        dialog.close();
        grid.getDataProvider().refreshAll();
      } catch (ConstraintViolationException e) {
        errors.show(e);
      } catch (TeiaException e) {
        errors.show(FormErrors.messageOf(this, e), fieldOf(e.messageKey()));
      }
    });
    save.setId("unit-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("structure.unit.cancel"), click -> dialog.close());
    FormLayout layout = new FormLayout(type, name, parent, address, territory, opening, status, capacity, services);
    layout.setColspan(services, 2);
    dialog.add(layout);
    dialog.getFooter().add(cancel, save);
    dialog.open();
    name.focus();
  }

  /** The field a business refusal belongs under. */
  private static String fieldOf(String messageKey) {
    return switch (messageKey) {
      case "structure.unit.duplicate" -> "name";
      case "structure.unit.territory.not-found" -> "territoryId";
      case "structure.unit.mobile-team.cras-required", "structure.unit.mobile-team.cras-not-found",
           "structure.unit.mobile-team.parent-not-cras" -> "parentCrasId";
      case "structure.unit.service.not-allowed", "structure.unit.service.unknown" -> "services";
      default -> null;
    };
  }

  private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
    return items.stream().collect(Collectors.toMap(id, Function.identity()));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("structure.unit.title") + " | " + getTranslation("app.name");
  }

}
