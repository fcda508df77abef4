package br.org.teia.console.member;

import br.org.teia.console.ConsoleAccess;
import br.org.teia.console.csv.RowErrorsDisplay;
import br.org.teia.console.csv.RowErrorsException;
import br.org.teia.console.onboarding.OnboardingJobService;
import br.org.teia.console.onboarding.OnboardingView;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.export.Downloads;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantStatus;
import br.org.teia.kernel.ui.FormErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The member catalogue: every member municipality with its size class, status, schema version,
 * manager and contribution; lazy paging, search, filters, exports, population import, and a dialog
 * to record a member's details and contributions, suspend it or bring it back.
 */
@Route(MembersView.ROUTE)
@RolesAllowed(ConsoleAccess.STAFF)
public class MembersView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "associacao/membros";
  private static final DateTimeFormatter BRAZILIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final MemberService members;
  private final OnboardingJobService onboarding;
  private final TextField search = new TextField();
  private final Select<TenantStatus> statusFilter = new Select<>();
  private final Select<SizeClass> sizeFilter = new Select<>();
  private final Select<ContributionStatus> contributionFilter = new Select<>();
  private final IntegerField year = new IntegerField();
  private final Grid<MemberSummary> grid = new Grid<>(MemberSummary.class, false);
  private final Span total = new Span();

  public MembersView(MemberService members, MemberExport export, OnboardingJobService onboarding) {
    this.members = members;
    this.onboarding = onboarding;
    setSizeFull();

    search.setLabel(getTranslation("console.member.search"));
    search.setId("member-search");
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> refresh());
    statusFilter.setLabel(getTranslation("console.member.status"));
    statusFilter.setId("member-status-filter");
    statusFilter.setItems(TenantStatus.values());
    statusFilter.setEmptySelectionAllowed(true);
    statusFilter.setEmptySelectionCaption(getTranslation("console.filter.all"));
    statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("console.filter.all")
        : getTranslation("tenant.status." + s.name()));
    statusFilter.addValueChangeListener(e -> refresh());
    sizeFilter.setLabel(getTranslation("console.member.size-class"));
    sizeFilter.setId("member-size-filter");
    sizeFilter.setItems(SizeClass.values());
    sizeFilter.setEmptySelectionAllowed(true);
    sizeFilter.setEmptySelectionCaption(getTranslation("console.filter.all"));
    sizeFilter.setItemLabelGenerator(s -> s == null ? getTranslation("console.filter.all") : getTranslation(s.labelKey()));
    sizeFilter.addValueChangeListener(e -> refresh());
    contributionFilter.setLabel(getTranslation("console.member.contribution"));
    contributionFilter.setId("member-contribution-filter");
    contributionFilter.setItems(ContributionStatus.values());
    contributionFilter.setEmptySelectionAllowed(true);
    contributionFilter.setEmptySelectionCaption(getTranslation("console.filter.all"));
    contributionFilter.setItemLabelGenerator(s -> s == null ? getTranslation("console.filter.all")
        : getTranslation(s.labelKey()));
    contributionFilter.addValueChangeListener(e -> refresh());
    year.setLabel(getTranslation("console.member.contribution-year"));
    year.setId("member-year");
    year.setValue(members.currentYear());
    year.setMin(MemberService.MIN_YEAR);
    year.setMax(members.currentYear() + 1);
    year.setStepButtonsVisible(true);
    year.setWidth("9em");
    year.addValueChangeListener(e -> {
      grid.getColumnByKey("contribution").setHeader(getTranslation("console.member.contribution-of", String.valueOf(year())));
      refresh();
    });

    Locale locale = getLocale();
    Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.download(export.csv(filter(), locale),
        "municipios-membros.csv", MemberExport.CSV_TYPE)), getTranslation("console.member.export.csv"));
    csv.setId("member-export-csv");
    Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.download(export.xlsx(filter(), locale),
        "municipios-membros.xlsx", MemberExport.XLSX_TYPE)), getTranslation("console.member.export.xlsx"));
    xlsx.setId("member-export-xlsx");
    Button importPopulation = new Button(getTranslation("console.member.population-import"),
        click -> openPopulationImport());
    importPopulation.setId("member-population-import");

    HorizontalLayout filters = new HorizontalLayout(search, statusFilter, sizeFilter, contributionFilter, year);
    filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    filters.setWrap(true);
    HorizontalLayout actions = new HorizontalLayout(total, csv, xlsx, importPopulation);
    actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    total.setId("member-total");

    NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
    grid.setId("member-grid");
    grid.addColumn(MemberSummary::ibgeCode).setHeader(getTranslation("console.member.ibge")).setAutoWidth(true);
    grid.addColumn(MemberSummary::name).setHeader(getTranslation("console.member.name")).setAutoWidth(true);
    grid.addColumn(m -> m.population() == null ? "" : numbers.format(m.population()))
        .setHeader(getTranslation("console.member.population")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    grid.addColumn(m -> m.sizeClass() == null ? getTranslation("console.size-class.none") : getTranslation(m.sizeClass().labelKey()))
        .setHeader(getTranslation("console.member.size-class")).setAutoWidth(true);
    grid.addColumn(m -> getTranslation("tenant.status." + m.status().name()))
        .setHeader(getTranslation("console.member.status")).setAutoWidth(true);
    grid.addColumn(MemberSummary::changelogVersion).setHeader(getTranslation("console.member.changelog-version"))
        .setAutoWidth(true);
    grid.addColumn(m -> m.adhesionDate() == null ? "" : BRAZILIAN_DATE.format(m.adhesionDate()))
        .setHeader(getTranslation("console.member.adhesion")).setAutoWidth(true);
    grid.addColumn(MemberSummary::managerName).setHeader(getTranslation("console.member.manager"));
    grid.addColumn(m -> getTranslation(m.contribution().labelKey())).setKey("contribution")
        .setHeader(getTranslation("console.member.contribution-of", String.valueOf(year()))).setAutoWidth(true);
    grid.setItems(query -> members.list(filter(), query.getPage(), query.getPageSize()).stream(),
        query -> (int) members.count(filter()));
    grid.setEmptyStateText(getTranslation("console.member.empty"));
    grid.addItemClickListener(click -> openDetail(click.getItem().ibgeCode()));

    add(new H2(getTranslation("console.member.title")), filters, actions, grid);
    expand(grid);
    updateTotal();
  }

  private int year() {
    Integer value = year.getValue();
    return value == null || value < MemberService.MIN_YEAR ? members.currentYear() : value;
  }

  MemberFilter filter() {
    return new MemberFilter(search.getValue(), statusFilter.getValue(), sizeFilter.getValue(),
        contributionFilter.getValue(), year());
  }

  private void refresh() {
    grid.getDataProvider().refreshAll();
    updateTotal();
  }

  private void updateTotal() {
    total.setText(getTranslation("console.member.total", members.count(filter())));
  }

  private void openPopulationImport() {
    Dialog dialog = new Dialog(getTranslation("console.member.population-import"));
    dialog.setId("population-import-dialog");
    Paragraph help = new Paragraph(getTranslation("console.member.population-import.help"));
    VerticalLayout errors = new VerticalLayout();
    errors.setId("population-import-errors");
    errors.setPadding(false);
    Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
      errors.removeAll();
      try {
        int updated = members.importPopulations(bytes);
        Notification.show(getTranslation("console.member.population-import.done", updated));
        dialog.close();
        refresh();
      } catch (RowErrorsException e) {
        RowErrorsDisplay.show(errors, e);
      }
    }));
    upload.setId("population-upload");
    upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(1024 * 1024);
    dialog.add(help, upload, errors);
    dialog.getFooter().add(new Button(getTranslation("console.close"), click -> dialog.close()));
    dialog.open();
  }

  private void openDetail(String ibgeCode) {
    MemberDetail detail = members.get(TenantId.of(ibgeCode));
    MemberSummary member = detail.member();
    Dialog dialog = new Dialog(getTranslation("console.member.detail", member.name(), member.uf()));
    dialog.setId("member-dialog");
    dialog.setWidth("min(60rem, 95vw)");

    Paragraph tenant = new Paragraph(getTranslation("console.member.tenant-line", member.ibgeCode(),
        getTranslation("tenant.status." + member.status().name()),
        member.changelogVersion() == null ? "—" : member.changelogVersion()));
    tenant.setId("member-tenant");
    Paragraph lastError = new Paragraph(member.lastError() == null ? ""
        : getTranslation("console.member.last-error", member.lastError()));
    lastError.setId("member-last-error");
    lastError.setVisible(member.lastError() != null);
    lastError.getStyle().set("color", "var(--lumo-error-text-color)");

    IntegerField population = new IntegerField(getTranslation("console.member.population"));
    population.setId("member-population");
    Span sizeClass = new Span();
    sizeClass.setId("member-size-class");
    population.addValueChangeListener(e -> sizeClass.setText(sizeLabel(e.getValue())));
    DatePicker adhesion = new DatePicker(getTranslation("console.member.adhesion"));
    adhesion.setId("member-adhesion");
    adhesion.setLocale(getLocale());
    TextField managerName = new TextField(getTranslation("console.member.manager"));
    managerName.setId("member-manager-name");
    EmailField managerEmail = new EmailField(getTranslation("console.member.manager-email"));
    managerEmail.setId("member-manager-email");
    TextField managerPhone = new TextField(getTranslation("console.member.manager-phone"));
    managerPhone.setId("member-manager-phone");
    managerPhone.setHelperText(getTranslation("console.member.phone.help"));
    TextField contactName = new TextField(getTranslation("console.member.contact"));
    contactName.setId("member-contact-name");
    EmailField contactEmail = new EmailField(getTranslation("console.member.contact-email"));
    contactEmail.setId("member-contact-email");
    TextField contactPhone = new TextField(getTranslation("console.member.contact-phone"));
    contactPhone.setId("member-contact-phone");
    contactPhone.setHelperText(getTranslation("console.member.phone.help"));

    population.setValue(member.population());
    sizeClass.setText(sizeLabel(member.population()));
    adhesion.setValue(member.adhesionDate());
    managerName.setValue(orEmpty(member.managerName()));
    managerEmail.setValue(orEmpty(member.managerEmail()));
    managerPhone.setValue(orEmpty(member.managerPhone()));
    contactName.setValue(orEmpty(member.contactName()));
    contactEmail.setValue(orEmpty(member.contactEmail()));
    contactPhone.setValue(orEmpty(member.contactPhone()));

    FormErrors errors = new FormErrors(Map.of("population", population, "adhesionDate", adhesion,
        "managerName", managerName, "managerEmail", managerEmail, "managerPhone", managerPhone,
        "contactName", contactName, "contactEmail", contactEmail, "contactPhone", contactPhone));
    FormLayout form = new FormLayout(population, sizeClass, adhesion, new Span(), managerName, managerEmail,
        managerPhone, contactName, contactEmail, contactPhone);

    VerticalLayout contributions = new VerticalLayout();
    contributions.setPadding(false);
    contributions.setSpacing(false);
    contributions.setId("member-contributions");
    HorizontalLayout years = new HorizontalLayout();
    years.setWrap(true);
    for (YearContribution contribution : detail.contributions()) {
      Select<ContributionStatus> status = new Select<>();
      status.setLabel(String.valueOf(contribution.year()));
      status.setId("contribution-" + contribution.year());
      status.setItems(ContributionStatus.values());
      status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.labelKey()));
      status.setValue(contribution.status());
      status.setWidth("10em");
      status.addValueChangeListener(e -> {
        if (e.getValue() == null) {
          return;
        }
        try {
          members.setContribution(TenantId.of(member.ibgeCode()), contribution.year(), e.getValue());
          Notification.show(getTranslation("console.contribution.saved", contribution.year(),
              getTranslation(e.getValue().labelKey())));
          grid.getDataProvider().refreshAll();
        } catch (TeiaException refused) {
          FormErrors.notify(FormErrors.messageOf(this, refused));
        }
      });
      years.add(status);
    }
    contributions.add(new H3(getTranslation("console.member.contributions")), years);

    Button save = new Button(getTranslation("console.save"), click -> {
      MemberForm changed = new MemberForm(population.getValue(), adhesion.getValue(), managerName.getValue(),
          managerEmail.getValue(), managerPhone.getValue(), contactName.getValue(), contactEmail.getValue(),
          contactPhone.getValue());
      try {
        members.update(TenantId.of(member.ibgeCode()), member.version(), changed);
        Notification.show(getTranslation("console.member.saved", member.name()));
        dialog.close();
        refresh();
      } catch (ConstraintViolationException e) {
        errors.show(e);
      } catch (TeiaException e) {
        errors.show(FormErrors.messageOf(this, e), null);
      }
    });
    save.setId("member-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

    HorizontalLayout tenantActions = new HorizontalLayout();
    if (member.status() == TenantStatus.SUSPENDED) {
      tenantActions.add(tenantAction("member-reactivate", "console.member.reactivate", dialog,
          () -> members.reactivate(TenantId.of(member.ibgeCode())), "console.member.reactivated", member.name()));
    } else if (member.changelogVersion() != null) {
      Button suspend = tenantAction("member-suspend", "console.member.suspend", dialog,
          () -> members.suspend(TenantId.of(member.ibgeCode())), "console.member.suspended", member.name());
      suspend.addThemeVariants(ButtonVariant.LUMO_ERROR);
      tenantActions.add(suspend);
    } else if (member.status() == TenantStatus.FAILED) { // onboarding failed: try again
      Button retry = new Button(getTranslation("console.member.retry-onboarding"), click -> {
        try {
          var job = onboarding.onboard(List.of(member.ibgeCode()));
          dialog.close();
          getUI().ifPresent(ui -> ui.navigate(OnboardingView.class, OnboardingView.jobParameter(job.id())));
        } catch (RowErrorsException e) {
          FormErrors.notify(e.errors().isEmpty() ? FormErrors.messageOf(this, e)
              : getTranslation(e.errors().getFirst().messageKey(), e.errors().getFirst().arguments()));
        } catch (TeiaException e) {
          FormErrors.notify(FormErrors.messageOf(this, e));
        }
      });
      retry.setId("member-retry-onboarding");
      tenantActions.add(retry);
    }

    dialog.add(tenant, lastError, form, contributions);
    Button cancel = new Button(getTranslation("console.close"), click -> dialog.close());
    cancel.setId("member-close");
    dialog.getFooter().add(tenantActions, cancel, save);
    dialog.open();
  }

  private Button tenantAction(String id, String labelKey, Dialog dialog, Runnable action, String doneKey, String name) {
    Button button = new Button(getTranslation(labelKey), click -> {
      try {
        action.run();
        Notification.show(getTranslation(doneKey, name));
        dialog.close();
        refresh();
      } catch (TeiaException e) {
        FormErrors.notify(FormErrors.messageOf(this, e));
      }
    });
    button.setId(id);
    return button;
  }

  private String sizeLabel(Integer population) {
    if (population == null || population <= 0) {
      return getTranslation("console.member.size-class") + ": " + getTranslation("console.size-class.none");
    }
    return getTranslation("console.member.size-class") + ": " + getTranslation(SizeClass.of(population).labelKey());
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("console.member.title") + " | " + getTranslation("app.name");
  }
}
