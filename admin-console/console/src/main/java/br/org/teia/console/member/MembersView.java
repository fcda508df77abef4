package br.org.teia.console.member;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.console.ConsoleAccess;
import br.org.teia.console.csv.RowErrorsDisplay;
import br.org.teia.console.csv.RowErrorsException;
import br.org.teia.console.onboarding.OnboardingJobService;
import br.org.teia.console.onboarding.OnboardingView;
import br.org.teia.kernel.export.Downloads;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.suas.SizeClass;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantStatus;
import br.org.teia.kernel.ui.form.Actions;
import br.org.teia.kernel.ui.form.EditorDialog;
import br.org.teia.kernel.ui.form.SearchText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
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
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The member catalogue: every member municipality with its size class, status, schema version,
 * manager and contribution; lazy paging, search, filters, exports, population import, and a dialog
 * to record a member's details and contributions, suspend it or bring it back.
 */
@PageHelp("console.help.members")
@Route(MembersView.ROUTE)
@RolesAllowed(ConsoleAccess.STAFF)
public class MembersView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "associacao/membros";
  private static final DateTimeFormatter BRAZILIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final MemberService members;
  private final OnboardingJobService onboarding;
  /** Onboarding, population import, suspension: the association's admin only (docs/roles.md). */
  private final boolean administers;
  private final TextField search = SearchText.guard(new TextField());
  private final Select<TenantStatus> statusFilter = new Select<>();
  private final Select<SizeClass> sizeFilter = new Select<>();
  private final Select<ContributionStatus> contributionFilter = new Select<>();
  private final IntegerField year = new IntegerField();
  private final Grid<MemberSummary> grid = new Grid<>(MemberSummary.class, false);
  private final Span total = new Span();

  public MembersView(MemberService members, MemberExport export, OnboardingJobService onboarding,
      CurrentUser currentUser) {
    this.members = members;
    this.onboarding = onboarding;
    this.administers = currentUser.can(ConsoleAccess.ADMIN);
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
    importPopulation.setVisible(administers);

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
    grid.addColumn(m -> populationText(m, numbers))
        .setHeader(getTranslation("console.member.population")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    grid.addColumn(m -> m.sizeClass() == null ? getTranslation("console.size-class.none") : getTranslation(m.sizeClass().labelKey()))
        .setHeader(getTranslation("console.member.size-class")).setAutoWidth(true);
    grid.addColumn(m -> getTranslation("tenant.status." + m.status().name()))
        .setHeader(getTranslation("console.member.status")).setAutoWidth(true);
    grid.addColumn(m -> schemaText(m)).setHeader(getTranslation("console.member.changelog-version"))
        .setTooltipGenerator(MemberSummary::changelogVersion).setAutoWidth(true);
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

  /** The association's figure, else the managing body's, marked as such; empty when neither is known. */
  private String populationText(MemberSummary m, NumberFormat numbers) {
    if (m.population() != null) {
      return numbers.format(m.population());
    }
    return m.managingBodyPopulation() == null ? ""
        : getTranslation("console.member.population.managing-body", numbers.format(m.managingBodyPopulation()));
  }

  /** "21 alterações aplicadas" rather than the catalogue's "21:council-0009" (kept in the tooltip). */
  private String schemaText(MemberSummary m) {
    Integer applied = m.changesetsApplied();
    return applied == null ? getTranslation("console.member.changelog-version.none")
        : getTranslation("console.member.changelog-version.value", applied);
  }

  private int year() {
    Integer value = year.getValue();
    return value == null || value < MemberService.MIN_YEAR ? members.currentYear() : value;
  }

  MemberFilter filter() {
    return new MemberFilter(SearchText.of(search), statusFilter.getValue(), sizeFilter.getValue(),
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
    TenantId id = TenantId.of(member.ibgeCode());
    EditorDialog<MemberForm> dialog = new EditorDialog<>(getTranslation("console.member.detail", member.name(), member.uf()),
        new MemberEditor(getLocale()), value -> {
          members.update(id, member.version(), value);
          return getTranslation("console.member.saved", member.name());
        }, this::refresh);
    dialog.setId("member-dialog");
    dialog.setWidth("min(60rem, 95vw)");

    Paragraph tenant = new Paragraph(getTranslation("console.member.tenant-line", member.ibgeCode(),
        getTranslation("tenant.status." + member.status().name()),
        schemaText(member)));
    tenant.setId("member-tenant");
    Paragraph lastError = new Paragraph(member.lastError() == null ? ""
        : getTranslation("console.member.last-error", member.lastError()));
    lastError.setId("member-last-error");
    lastError.setVisible(member.lastError() != null);
    lastError.getStyle().set("color", "var(--lumo-error-text-color)");
    dialog.addComponentAtIndex(0, tenant);
    dialog.addComponentAtIndex(1, lastError);
    dialog.add(contributions(id, detail.contributions()));

    if (administers) {
      addAdminActions(dialog, member, id);
    }
    dialog.open(MemberForm.of(member));
  }

  /** Suspend, reactivate or onboard again, as the member's status allows. */
  private void addAdminActions(EditorDialog<MemberForm> dialog, MemberSummary member, TenantId id) {
    if (member.status() == TenantStatus.SUSPENDED) {
      dialog.addAction(getTranslation("console.member.reactivate"), () -> {
        members.reactivate(id);
        return getTranslation("console.member.reactivated", member.name());
      }).setId("member-reactivate");
    } else if (member.changelogVersion() != null) {
      Button suspend = dialog.addAction(getTranslation("console.member.suspend"), () -> {
        members.suspend(id);
        return getTranslation("console.member.suspended", member.name());
      });
      suspend.setId("member-suspend");
      suspend.addThemeVariants(ButtonVariant.LUMO_ERROR);
    } else if (member.status() == TenantStatus.FAILED) { // onboarding failed: try again
      dialog.addAction(getTranslation("console.member.retry-onboarding"), () -> {
        QueryParameters job = retryOnboarding(member.ibgeCode());
        getUI().ifPresent(ui -> ui.navigate(OnboardingView.class, job));
        return null;
      }).setId("member-retry-onboarding");
    }
  }

  /** Onboards a member again; a refusal of its one code is that code's reason. */
  private QueryParameters retryOnboarding(String ibgeCode) {
    try {
      return OnboardingView.jobParameter(onboarding.onboard(List.of(ibgeCode)).id());
    } catch (RowErrorsException e) {
      throw RowErrorsDisplay.onlyLine(e);
    }
  }

  /** The member's contribution per year, each saved as soon as it is chosen. */
  private VerticalLayout contributions(TenantId id, List<YearContribution> years) {
    HorizontalLayout statuses = new HorizontalLayout();
    statuses.setWrap(true);
    for (YearContribution contribution : years) {
      Select<ContributionStatus> status = new Select<>();
      status.setLabel(String.valueOf(contribution.year()));
      status.setId("contribution-" + contribution.year());
      status.setItems(ContributionStatus.values());
      status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.labelKey()));
      status.setValue(contribution.status());
      status.setWidth("10em");
      status.addValueChangeListener(e -> {
        if (e.getValue() != null) {
          Actions.run(this, () -> {
            members.setContribution(id, contribution.year(), e.getValue());
            return getTranslation("console.contribution.saved", contribution.year(),
                getTranslation(e.getValue().labelKey()));
          }, () -> grid.getDataProvider().refreshAll());
        }
      });
      statuses.add(status);
    }
    VerticalLayout section = new VerticalLayout(new H3(getTranslation("console.member.contributions")), statuses);
    section.setPadding(false);
    section.setSpacing(false);
    section.setId("member-contributions");
    return section;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("console.member.title") + " | " + getTranslation("app.name");
  }
}
