package br.org.teia.structure.workforce;

import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.export.Downloads;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.FormErrors;
import br.org.teia.structure.StructureAccess;
import br.org.teia.structure.unit.UnitService;
import br.org.teia.structure.unit.UnitSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Workers of the municipality's units: a searchable, paged list filtered by unit, with CSV/XLSX
 * export (CPF masked); the manager and staff add and change workers in a dialog, where the whole
 * CPF shows only on "Mostrar CPF" (each time audited).
 */
@Route(WorkersView.ROUTE)
@RolesAllowed(StructureAccess.READ)
public class WorkersView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "estrutura/trabalhadores";
  static final int DEFAULT_WEEKLY_HOURS = 40;

  private final WorkerService workers;
  private final List<UnitSummary> allUnits;
  private final boolean canDelete;
  private final TextField search = new TextField();
  private final ComboBox<UnitSummary> unitFilter = new ComboBox<>();
  private final Grid<WorkerSummary> grid = new Grid<>(WorkerSummary.class, false);

  public WorkersView(WorkerService workers, WorkerExport export, UnitService units, CurrentUser currentUser) {
    this.workers = workers;
    this.allUnits = units.listAll("", null);
    boolean canWrite = currentUser.can(StructureAccess.WRITE);
    this.canDelete = currentUser.can(StructureAccess.DELETE);
    setSizeFull();

    search.setLabel(getTranslation("structure.worker.search"));
    search.setId("worker-search");
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    unitFilter.setLabel(getTranslation("structure.worker.filter-unit"));
    unitFilter.setId("worker-unit-filter");
    unitFilter.setItems(allUnits);
    unitFilter.setItemLabelGenerator(UnitSummary::name);
    unitFilter.setClearButtonVisible(true);
    unitFilter.setPlaceholder(getTranslation("structure.worker.filter-unit.all"));
    unitFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

    Button create = new Button(getTranslation("structure.worker.new"), VaadinIcon.PLUS.create(), click -> openEditor(null));
    create.setId("worker-new");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.setVisible(canWrite);
    Locale locale = getLocale();
    Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.download(
        export.csv(search.getValue(), unitId(unitFilter.getValue()), locale), "trabalhadores.csv", WorkerExport.CSV_TYPE)),
        getTranslation("structure.worker.export.csv"));
    csv.setId("worker-export-csv");
    Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.download(
        export.xlsx(search.getValue(), unitId(unitFilter.getValue()), locale), "trabalhadores.xlsx",
        WorkerExport.XLSX_TYPE)), getTranslation("structure.worker.export.xlsx"));
    xlsx.setId("worker-export-xlsx");
    HorizontalLayout toolbar = new HorizontalLayout(search, unitFilter, create, csv, xlsx);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    grid.setId("worker-grid");
    grid.addColumn(WorkerSummary::name).setHeader(getTranslation("structure.worker.name")).setAutoWidth(true);
    grid.addColumn(WorkerSummary::maskedCpf).setHeader(getTranslation("structure.worker.cpf")).setAutoWidth(true);
    grid.addColumn(w -> getTranslation(w.profession().labelKey())).setHeader(getTranslation("structure.worker.profession"))
        .setAutoWidth(true);
    grid.addColumn(w -> getTranslation(w.bond().labelKey())).setHeader(getTranslation("structure.worker.bond"))
        .setAutoWidth(true);
    grid.addColumn(WorkerSummary::weeklyHours).setHeader(getTranslation("structure.worker.hours.short"))
        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    grid.addColumn(WorkerSummary::unitName).setHeader(getTranslation("structure.worker.unit")).setAutoWidth(true);
    grid.addColumn(w -> w.coordinator() ? getTranslation("structure.worker.coordinator") : "")
        .setHeader(getTranslation("structure.worker.role")).setAutoWidth(true);
    grid.setItems(query -> workers.list(search.getValue(), unitId(unitFilter.getValue()), query.getPage(),
        query.getPageSize()).stream());
    grid.setEmptyStateText(getTranslation("structure.worker.empty"));
    if (canWrite) {
      grid.addItemClickListener(click -> openEditor(click.getItem()));
    }
    add(new H2(getTranslation("structure.worker.title")), toolbar, grid);
    expand(grid);
  }

  private static UUID unitId(UnitSummary unit) {
    return unit == null ? null : unit.id();
  }

  private void openEditor(WorkerSummary existing) {
    Dialog dialog = new Dialog(getTranslation(existing == null ? "structure.worker.new" : "structure.worker.edit"));
    TextField name = new TextField(getTranslation("structure.worker.name"));
    name.setId("worker-name");
    name.setRequiredIndicatorVisible(true);
    name.setMaxLength(120);
    TextField cpf = new TextField(getTranslation("structure.worker.cpf"));
    cpf.setId("worker-cpf");
    cpf.setRequiredIndicatorVisible(existing == null);
    cpf.setMaxLength(14);
    Button showCpf = new Button(getTranslation("structure.worker.cpf.show"), VaadinIcon.EYE.create());
    showCpf.setId("worker-cpf-show");
    showCpf.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    ComboBox<Profession> profession = new ComboBox<>(getTranslation("structure.worker.profession"));
    profession.setId("worker-profession");
    profession.setItems(Profession.values());
    profession.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
    profession.setRequiredIndicatorVisible(true);
    Select<EducationLevel> education = new Select<>();
    education.setLabel(getTranslation("structure.worker.education"));
    education.setId("worker-education");
    education.setItems(EducationLevel.values());
    education.setItemLabelGenerator(e -> e == null ? "" : getTranslation(e.labelKey()));
    education.setRequiredIndicatorVisible(true);
    Select<EmploymentBond> bond = new Select<>();
    bond.setLabel(getTranslation("structure.worker.bond"));
    bond.setId("worker-bond");
    bond.setItems(EmploymentBond.values());
    bond.setItemLabelGenerator(b -> b == null ? "" : getTranslation(b.labelKey()));
    bond.setRequiredIndicatorVisible(true);
    IntegerField hours = new IntegerField(getTranslation("structure.worker.hours"));
    hours.setId("worker-hours");
    hours.setMin(1);
    hours.setMax(60);
    hours.setHelperText(getTranslation("structure.worker.hours.help"));
    ComboBox<UnitSummary> unit = new ComboBox<>(getTranslation("structure.worker.unit"));
    unit.setId("worker-unit");
    unit.setItems(allUnits);
    unit.setItemLabelGenerator(UnitSummary::name);
    unit.setRequiredIndicatorVisible(true);
    Checkbox coordinator = new Checkbox(getTranslation("structure.worker.coordinator.label"));
    coordinator.setId("worker-coordinator");

    // Choosing a profession proposes the schooling it needs, unless a sufficient one is chosen already.
    profession.addValueChangeListener(e -> {
      Profession chosen = e.getValue();
      if (chosen != null && (education.getValue() == null || !education.getValue().atLeast(chosen.minimumEducation()))) {
        education.setValue(chosen.usualEducation());
      }
    });

    if (existing == null) {
      showCpf.setVisible(false);
      bond.setValue(EmploymentBond.EFETIVO);
      hours.setValue(DEFAULT_WEEKLY_HOURS);
      unit.setValue(unitFilter.getValue());
    } else {
      name.setValue(existing.name());
      cpf.setPlaceholder(existing.maskedCpf());
      cpf.setHelperText(getTranslation("structure.worker.cpf.keep"));
      profession.setValue(existing.profession());
      education.setValue(existing.educationLevel());
      bond.setValue(existing.bond());
      hours.setValue(existing.weeklyHours());
      unit.setValue(allUnits.stream().filter(u -> u.id().equals(existing.unitId())).findFirst().orElse(null));
      coordinator.setValue(existing.coordinator());
      showCpf.addClickListener(click -> {
        try {
          cpf.setValue(workers.revealCpf(existing.id()));
          showCpf.setEnabled(false);
        } catch (TeiaException e) {
          FormErrors.notify(FormErrors.messageOf(this, e));
        }
      });
    }
    FormErrors errors = new FormErrors(Map.of("name", name, "cpf", cpf, "profession", profession,
        "educationLevel", education, "educationSufficient", education, "bond", bond, "weeklyHours", hours,
        "unitId", unit, "coordinator", coordinator));

    Button save = new Button(getTranslation("structure.worker.save"), click -> {
      WorkerForm form = new WorkerForm(name.getValue(), cpf.getValue(), profession.getValue(), education.getValue(),
          bond.getValue(), hours.getValue(), unitId(unit.getValue()), coordinator.getValue());
      try {
        WorkerSummary saved = existing == null ? workers.create(form)
            : workers.update(existing.id(), existing.version(), form);
        Notification.show(getTranslation("structure.worker.saved", saved.name()));
        dialog.close();
        grid.getDataProvider().refreshAll();
      } catch (ConstraintViolationException e) {
        errors.show(e);
      } catch (TeiaException e) {
        errors.show(FormErrors.messageOf(this, e), fieldOf(e.messageKey()));
      }
    });
    save.setId("worker-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("structure.worker.cancel"), click -> dialog.close());
    Button delete = new Button(getTranslation("structure.worker.delete"), click -> {
      try {
        workers.delete(existing.id());
        Notification.show(getTranslation("structure.worker.deleted", existing.name()));
        dialog.close();
        grid.getDataProvider().refreshAll();
      } catch (TeiaException e) {
        FormErrors.notify(FormErrors.messageOf(this, e));
      }
    });
    delete.setId("worker-delete");
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    delete.setVisible(existing != null && canDelete);

    HorizontalLayout cpfRow = new HorizontalLayout(cpf, showCpf);
    cpfRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    FormLayout layout = new FormLayout(name, cpfRow, profession, education, bond, hours, unit, coordinator);
    layout.setColspan(name, 2);
    dialog.add(layout);
    dialog.getFooter().add(delete, cancel, save);
    dialog.open();
    name.focus();
  }

  /** The field a business refusal belongs under. */
  private static String fieldOf(String messageKey) {
    return switch (messageKey) {
      case "structure.worker.cpf.required", "structure.worker.cpf.invalid", "structure.worker.cpf.duplicate" -> "cpf";
      case "structure.worker.unit.not-found" -> "unitId";
      case "structure.worker.education.too-low.for" -> "educationLevel";
      case "structure.worker.coordinator.taken" -> "coordinator";
      default -> null;
    };
  }

  @Override
  public String getPageTitle() {
    return getTranslation("structure.worker.title") + " | " + getTranslation("app.name");
  }
}
