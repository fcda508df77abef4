package br.org.teia.structure.entity;

import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.export.Downloads;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.FormErrors;
import br.org.teia.structure.StructureAccess;
import br.org.teia.structure.territory.TerritoryService;
import br.org.teia.structure.territory.TerritorySummary;
import br.org.teia.structure.unit.TypifiedServiceSummary;
import br.org.teia.structure.unit.UnitService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The municipality's network of social-assistance entities: searchable, paged list filtered by the
 * CMAS inscription, with export; create and edit (services with capacities included) in a dialog,
 * which shows the councils' inscriptions and their history. Council roles see the dialog read-only.
 */
@Route(SocialEntitiesView.ROUTE)
@RolesAllowed(StructureAccess.READ)
public class SocialEntitiesView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "estrutura/entidades";
  private static final DateTimeFormatter BRAZILIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final SocialEntityService entities;
  private final TerritoryService territories;
  private final Validator validator;
  private final List<TypifiedServiceSummary> catalogue;
  private final boolean canWrite;
  private final TextField search = new TextField();
  private final Select<InscriptionState> statusFilter = new Select<>();
  private final Grid<SocialEntitySummary> grid = new Grid<>(SocialEntitySummary.class, false);

  public SocialEntitiesView(SocialEntityService entities, SocialEntityExport export, UnitService units,
      TerritoryService territories, Validator validator, CurrentUser currentUser) {
    this.entities = entities;
    this.territories = territories;
    this.validator = validator;
    this.catalogue = units.catalogue();
    this.canWrite = currentUser.can(StructureAccess.WRITE);
    setSizeFull();

    search.setLabel(getTranslation("structure.entity.search"));
    search.setId("entity-search");
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    statusFilter.setLabel(getTranslation("structure.entity.filter-status"));
    statusFilter.setId("entity-status-filter");
    statusFilter.setItems(InscriptionState.values());
    statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("structure.entity.status.all")
        : getTranslation(s.labelKey()));
    statusFilter.setEmptySelectionAllowed(true);
    statusFilter.setEmptySelectionCaption(getTranslation("structure.entity.status.all"));
    statusFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

    Button create = new Button(getTranslation("structure.entity.new"), VaadinIcon.PLUS.create(), click -> openEditor(null));
    create.setId("entity-new");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.setVisible(canWrite);
    Locale locale = getLocale();
    Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.download(
        export.csv(search.getValue(), statusFilter.getValue(), locale), "entidades.csv", SocialEntityExport.CSV_TYPE)),
        getTranslation("structure.entity.export.csv"));
    csv.setId("entity-export-csv");
    Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.download(
        export.xlsx(search.getValue(), statusFilter.getValue(), locale), "entidades.xlsx", SocialEntityExport.XLSX_TYPE)),
        getTranslation("structure.entity.export.xlsx"));
    xlsx.setId("entity-export-xlsx");

    HorizontalLayout toolbar = new HorizontalLayout(search, statusFilter, create, csv, xlsx);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    grid.setId("entity-grid");
    grid.addColumn(SocialEntitySummary::cnpjFormatted).setHeader(getTranslation("structure.entity.cnpj")).setAutoWidth(true);
    grid.addColumn(SocialEntitySummary::displayName).setHeader(getTranslation("structure.entity.name")).setAutoWidth(true);
    grid.addColumn(e -> e.actions().stream().sorted().map(a -> getTranslation(a.labelKey()))
        .collect(Collectors.joining(", "))).setHeader(getTranslation("structure.entity.actions"));
    grid.addColumn(e -> e.services().stream().map(s -> s.serviceCode()).collect(Collectors.joining(", ")))
        .setHeader(getTranslation("structure.entity.services"));
    grid.addColumn(SocialEntitySummary::totalCapacity).setHeader(getTranslation("structure.entity.total-capacity"))
        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    grid.addColumn(SocialEntitySummary::territoryName).setHeader(getTranslation("structure.entity.territory"));
    grid.addColumn(e -> inscriptionText(e.cmas())).setHeader(getTranslation("structure.entity.cmas")).setAutoWidth(true);
    grid.setItems(query -> entities.list(search.getValue(), statusFilter.getValue(), query.getPage(),
        query.getPageSize()).stream());
    grid.setEmptyStateText(getTranslation("structure.entity.empty"));
    grid.addItemClickListener(click -> openEditor(entities.get(click.getItem().id())));
    add(new H2(getTranslation("structure.entity.title")), toolbar, grid);
    expand(grid);
  }

  private String inscriptionText(InscriptionSummary inscription) {
    String state = getTranslation(inscription.state().labelKey());
    return inscription.date() == null ? state : state + " (" + BRAZILIAN_DATE.format(inscription.date()) + ")";
  }

  private void openEditor(SocialEntitySummary existing) {
    String title = existing == null ? "structure.entity.new" : canWrite ? "structure.entity.edit" : "structure.entity.view";
    Dialog dialog = new Dialog(getTranslation(title));
    dialog.setWidth("min(60rem, 95vw)");
    TextField cnpj = new TextField(getTranslation("structure.entity.cnpj"));
    cnpj.setId("entity-cnpj");
    cnpj.setRequiredIndicatorVisible(true);
    cnpj.setMaxLength(18);
    cnpj.setHelperText(getTranslation("structure.entity.cnpj.help"));
    TextField legalName = new TextField(getTranslation("structure.entity.legal-name"));
    legalName.setId("entity-legal-name");
    legalName.setRequiredIndicatorVisible(true);
    legalName.setMaxLength(200);
    TextField tradeName = new TextField(getTranslation("structure.entity.trade-name"));
    tradeName.setId("entity-trade-name");
    tradeName.setMaxLength(200);
    CheckboxGroup<ActionType> actions = new CheckboxGroup<>(getTranslation("structure.entity.actions"));
    actions.setId("entity-actions");
    actions.setItems(ActionType.values());
    actions.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
    actions.setRequiredIndicatorVisible(true);
    TextField cneas = new TextField(getTranslation("structure.entity.cneas"));
    cneas.setId("entity-cneas");
    cneas.setMaxLength(30);
    TextField address = new TextField(getTranslation("structure.entity.address"));
    address.setId("entity-address");
    ComboBox<TerritorySummary> territory = new ComboBox<>(getTranslation("structure.entity.territory"));
    territory.setId("entity-territory");
    List<TerritorySummary> allTerritories = territories.list("", 0, 200).getContent();
    territory.setItems(allTerritories);
    territory.setItemLabelGenerator(TerritorySummary::name);
    territory.setClearButtonVisible(true);
    TextField phone = new TextField(getTranslation("structure.entity.phone"));
    phone.setId("entity-phone");
    phone.setHelperText(getTranslation("structure.entity.phone.help"));
    TextField email = new TextField(getTranslation("structure.entity.email"));
    email.setId("entity-email");
    TextField contactName = new TextField(getTranslation("structure.entity.contact-name"));
    contactName.setId("entity-contact-name");
    contactName.setHelperText(getTranslation("structure.entity.contact-name.help"));

    // The services sub-list: each row a Tipificação service with the people or families served.
    Map<String, TypifiedServiceSummary> byCode = catalogue.stream()
        .collect(Collectors.toMap(TypifiedServiceSummary::code, Function.identity()));
    List<ServiceOffer> offers = new ArrayList<>();
    Grid<ServiceOffer> offered = new Grid<>(ServiceOffer.class, false);
    offered.setId("entity-services");
    offered.addThemeVariants(GridVariant.LUMO_COMPACT);
    offered.setAllRowsVisible(true);
    offered.addColumn(o -> byCode.containsKey(o.serviceCode()) ? byCode.get(o.serviceCode()).name() : o.serviceCode())
        .setHeader(getTranslation("structure.entity.service")).setFlexGrow(1);
    offered.addColumn(ServiceOffer::capacity).setHeader(getTranslation("structure.entity.service.capacity-label"))
        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
    if (canWrite) {
      offered.addComponentColumn(o -> {
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
          offers.remove(o);
          offered.setItems(offers);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("structure.entity.service.remove"));
        remove.setId("entity-service-remove-" + o.serviceCode());
        return remove;
      }).setAutoWidth(true).setFlexGrow(0);
    }
    offered.setEmptyStateText(getTranslation("structure.entity.services.empty"));
    ComboBox<TypifiedServiceSummary> serviceChoice = new ComboBox<>(getTranslation("structure.entity.service"));
    serviceChoice.setId("entity-service-choice");
    serviceChoice.setItems(catalogue);
    serviceChoice.setItemLabelGenerator(TypifiedServiceSummary::name);
    serviceChoice.setWidth("28rem");
    IntegerField capacity = new IntegerField(getTranslation("structure.entity.service.capacity-label"));
    capacity.setId("entity-service-capacity");
    capacity.setMin(1);
    Button addService = new Button(getTranslation("structure.entity.service.add"), VaadinIcon.PLUS.create());
    addService.setId("entity-service-add");
    HorizontalLayout addRow = new HorizontalLayout(serviceChoice, capacity, addService);
    addRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    addRow.setVisible(canWrite);
    Map<String, HasValidation> addFields = Map.of("serviceCode", serviceChoice, "capacity", capacity);
    FormErrors addErrors = new FormErrors(addFields);
    addService.addClickListener(click -> {
      ServiceOffer offer = new ServiceOffer(serviceChoice.getValue() == null ? null : serviceChoice.getValue().code(),
          capacity.getValue());
      Set<ConstraintViolation<ServiceOffer>> violations = validator.validate(offer);
      if (!violations.isEmpty()) {
        addErrors.show(new ConstraintViolationException(violations));
        return;
      }
      if (offers.stream().anyMatch(o -> o.serviceCode().equals(offer.serviceCode()))) {
        addErrors.show(getTranslation("structure.entity.service.duplicate", offer.serviceCode()), "serviceCode");
        return;
      }
      addErrors.clear();
      offers.add(offer);
      offers.sort(Comparator.comparingInt(o -> byCode.get(o.serviceCode()).position()));
      offered.setItems(offers);
      serviceChoice.clear();
      capacity.clear();
    });

    if (existing != null) {
      cnpj.setValue(existing.cnpjFormatted());
      legalName.setValue(existing.legalName());
      tradeName.setValue(orEmpty(existing.tradeName()));
      actions.setValue(existing.actions().isEmpty() ? EnumSet.noneOf(ActionType.class) : existing.actions());
      cneas.setValue(orEmpty(existing.cneasNumber()));
      address.setValue(orEmpty(existing.address()));
      territory.setValue(allTerritories.stream().filter(t -> t.id().equals(existing.territoryId())).findFirst()
          .orElse(null));
      phone.setValue(orEmpty(existing.phone()));
      email.setValue(orEmpty(existing.email()));
      contactName.setValue(orEmpty(existing.contactName()));
      existing.services().forEach(s -> offers.add(new ServiceOffer(s.serviceCode(), s.capacity())));
    }
    offered.setItems(offers);

    Map<String, HasValidation> fields = new HashMap<>(Map.of("cnpj", cnpj, "legalName", legalName,
        "tradeName", tradeName, "actions", actions, "cneasNumber", cneas, "address", address,
        "territoryId", territory, "phone", phone, "email", email, "contactName", contactName));
    fields.putAll(addFields);
    FormErrors errors = new FormErrors(fields);

    FormLayout layout = new FormLayout(cnpj, legalName, tradeName, actions, cneas, territory, address, phone, email,
        contactName);
    layout.setColspan(actions, 2);
    layout.setColspan(address, 2);
    VerticalLayout content = new VerticalLayout(layout, new H3(getTranslation("structure.entity.services")), offered,
        addRow);
    content.setPadding(false);
    if (existing != null) {
      content.add(inscriptions(existing));
    }
    if (!canWrite) {
      List.of(cnpj, legalName, tradeName, cneas, address, phone, email, contactName).forEach(f -> f.setReadOnly(true));
      actions.setReadOnly(true);
      territory.setReadOnly(true);
    }
    dialog.add(content);

    Button cancel = new Button(getTranslation(canWrite ? "structure.entity.cancel" : "structure.entity.close"),
        click -> dialog.close());
    cancel.setId("entity-cancel");
    if (canWrite) {
      Button save = new Button(getTranslation("structure.entity.save"), click -> {
        SocialEntityForm form = new SocialEntityForm(cnpj.getValue(), legalName.getValue(), tradeName.getValue(),
            actions.getValue(), List.copyOf(offers), cneas.getValue(), address.getValue(),
            territory.getValue() == null ? null : territory.getValue().id(), phone.getValue(), email.getValue(),
            contactName.getValue());
        try {
          SocialEntitySummary saved = existing == null ? entities.create(form)
              : entities.update(existing.id(), existing.version(), form);
          Notification.show(getTranslation("structure.entity.saved", saved.displayName()));
          dialog.close();
          grid.getDataProvider().refreshAll();
        } catch (ConstraintViolationException e) {
          errors.show(e);
        } catch (TeiaException e) {
          errors.show(FormErrors.messageOf(this, e), fieldOf(e.messageKey()));
        }
      });
      save.setId("entity-save");
      save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      if (existing != null) {
        Button delete = new Button(getTranslation("structure.entity.delete"), click -> confirmDelete(existing, dialog));
        delete.setId("entity-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        dialog.getFooter().add(delete);
      }
      dialog.getFooter().add(cancel, save);
    } else {
      dialog.getFooter().add(cancel);
    }
    dialog.open();
    if (canWrite) {
      cnpj.focus();
    }
  }

  /** The councils' inscriptions of the entity, and every step they published, as received. */
  private VerticalLayout inscriptions(SocialEntitySummary existing) {
    VerticalLayout section = new VerticalLayout(new H3(getTranslation("structure.entity.inscriptions")));
    section.setPadding(false);
    section.setSpacing(false);
    for (InscriptionSummary inscription : existing.inscriptions()) {
      String text = inscription.council() + ": " + inscriptionText(inscription);
      if (inscription.number() != null) {
        text += " · " + getTranslation("structure.entity.inscription-number", inscription.number());
      }
      if (inscription.certificateCode() != null) {
        text += " · " + getTranslation("structure.entity.certificate") + " " + inscription.certificateCode();
      }
      Paragraph line = new Paragraph(text);
      line.setId("entity-inscription-" + inscription.council());
      section.add(line);
    }
    List<InscriptionStep> steps = entities.history(existing.id());
    if (!steps.isEmpty()) {
      Grid<InscriptionStep> history = new Grid<>(InscriptionStep.class, false);
      history.setId("entity-history");
      history.addThemeVariants(GridVariant.LUMO_COMPACT);
      history.setAllRowsVisible(true);
      history.addColumn(InscriptionStep::council).setHeader(getTranslation("structure.entity.council")).setAutoWidth(true);
      history.addColumn(s -> getTranslation(s.state().labelKey())).setHeader(getTranslation("structure.entity.status"));
      history.addColumn(s -> BRAZILIAN_DATE.format(s.date())).setHeader(getTranslation("structure.entity.status-date"));
      history.addColumn(InscriptionStep::certificateCode).setHeader(getTranslation("structure.entity.certificate"));
      history.setItems(steps);
      section.add(history);
    }
    return section;
  }

  private void confirmDelete(SocialEntitySummary existing, Dialog editor) {
    Dialog confirm = new Dialog(getTranslation("structure.entity.delete"));
    confirm.add(new Paragraph(getTranslation("structure.entity.delete.confirm", existing.displayName())));
    Button yes = new Button(getTranslation("structure.entity.delete"), click -> {
      try {
        entities.delete(existing.id());
        Notification.show(getTranslation("structure.entity.deleted", existing.displayName()));
        confirm.close();
        editor.close();
        grid.getDataProvider().refreshAll();
      } catch (TeiaException e) {
        FormErrors.notify(FormErrors.messageOf(this, e));
      }
    });
    yes.setId("entity-delete-confirm");
    yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    confirm.getFooter().add(new Button(getTranslation("structure.entity.cancel"), click -> confirm.close()), yes);
    confirm.open();
  }

  /** The field a business refusal belongs under. */
  private static String fieldOf(String messageKey) {
    return switch (messageKey) {
      case "structure.entity.duplicate", "structure.entity.cnpj.invalid" -> "cnpj";
      case "structure.entity.legal-name.required" -> "legalName";
      case "structure.entity.actions.required" -> "actions";
      case "structure.entity.territory.not-found" -> "territoryId";
      case "structure.entity.service.unknown", "structure.entity.service.duplicate" -> "serviceCode";
      case "structure.entity.service.capacity" -> "capacity";
      default -> null;
    };
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("structure.entity.title") + " | " + getTranslation("app.name");
  }
}
