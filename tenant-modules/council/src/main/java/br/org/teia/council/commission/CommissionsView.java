package br.org.teia.council.commission;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.council.CouncilAccess;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.form.EditorDialog;
import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A council's commissions: the secretary creates them, chooses their members among the councillors
 * in office and a coordinator, and records their reports; councillors and the manager read.
 */
@PageHelp("council.help.commissions")
@Route(CommissionsView.ROUTE)
@RolesAllowed(CouncilAccess.READ)
public class CommissionsView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "conselho/comissoes";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final CommissionService commissions;
  private final CompositionService composition;
  private final boolean canWrite;
  private final Select<CouncilSummary> council = new Select<>();
  private final Grid<CommissionSummary> grid = new Grid<>(CommissionSummary.class, false);
  private final VerticalLayout detail = new VerticalLayout();

  public CommissionsView(CommissionService commissions, CompositionService composition, CurrentUser currentUser) {
    this.commissions = commissions;
    this.composition = composition;
    this.canWrite = currentUser.can(CouncilAccess.WRITE);
    setSizeFull();
    council.setId("commissions-council");
    council.setLabel(getTranslation("council.ui.council"));
    council.setItemLabelGenerator(c -> c.acronym() + " — " + c.name());
    List<CouncilSummary> councils = composition.councils();
    council.setItems(councils);
    council.addValueChangeListener(e -> refresh(null));
    Button create = new Button(getTranslation("council.ui.commission-new"), VaadinIcon.PLUS.create(),
        click -> openCreate());
    create.setId("commission-new");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.setVisible(canWrite);
    HorizontalLayout toolbar = new HorizontalLayout(council, create);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    grid.setId("commission-grid");
    grid.setAllRowsVisible(true);
    grid.addColumn(c -> getTranslation(c.kind().labelKey())).setHeader(getTranslation("council.ui.commission-kind"))
        .setAutoWidth(true);
    grid.addColumn(CommissionSummary::name).setHeader(getTranslation("council.ui.commission-name"));
    grid.addColumn(c -> c.coordinatorName() == null ? "—" : c.coordinatorName())
        .setHeader(getTranslation("council.ui.commission-coordinator")).setAutoWidth(true);
    grid.addColumn(c -> c.members().size()).setHeader(getTranslation("council.ui.commission-members")).setAutoWidth(true);
    grid.setEmptyStateText(getTranslation("council.ui.commissions-empty"));
    grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
    detail.setId("commission-detail");
    detail.setPadding(false);
    add(new H2(getTranslation("council.ui.commissions")), toolbar, grid, detail);
    if (!councils.isEmpty()) {
      council.setValue(councils.getFirst());
    }
  }

  private void refresh(CommissionSummary select) {
    if (council.getValue() == null) {
      return;
    }
    List<CommissionSummary> found = commissions.commissions(council.getValue().id());
    grid.setItems(found);
    if (select != null) {
      found.stream().filter(c -> c.id().equals(select.id())).findFirst().ifPresent(grid::select);
    } else {
      show(null);
    }
  }

  private void show(CommissionSummary commission) {
    detail.removeAll();
    if (commission == null) {
      detail.add(new Paragraph(getTranslation("council.ui.commission-choose")));
      return;
    }
    detail.add(new H3(getTranslation(commission.kind().labelKey()) + " — " + commission.name()));
    MembersEditor membership = new MembersEditor(composition.activeMandates(commission.councilId(), LocalDate.now()));
    membership.edit(MembersEditor.of(commission));
    whenSaved(membership, value -> commissions.assign(commission.councilId(), commission.id(), value),
        getTranslation("council.ui.commission-members-saved"));
    if (!canWrite) {
      membership.readOnly();
    }
    detail.add(membership);

    detail.add(new H3(getTranslation("council.ui.commission-reports")));
    Grid<CommissionSummary.Report> reports = new Grid<>(CommissionSummary.Report.class, false);
    reports.setId("commission-report-grid");
    reports.setAllRowsVisible(true);
    reports.addColumn(r -> r.date().format(DATE)).setHeader(getTranslation("council.ui.report-date")).setAutoWidth(true);
    reports.addColumn(CommissionSummary.Report::title).setHeader(getTranslation("council.ui.report-title")).setAutoWidth(true);
    reports.addColumn(CommissionSummary.Report::text).setHeader(getTranslation("council.ui.report-text"));
    reports.setItems(commission.reports());
    detail.add(reports);
    if (canWrite) {
      detail.add(reportForm(commission));
    }
  }

  private ReportEditor reportForm(CommissionSummary commission) {
    ReportEditor form = new ReportEditor();
    form.edit(ReportEditor.blank(LocalDate.now()));
    whenSaved(form, value -> commissions.report(commission.councilId(), commission.id(), value),
        getTranslation("council.ui.commission-report-saved"));
    return form;
  }

  /** A form under the commission: saved through {@code save}, confirmed, and the commission shown again as saved. */
  private <T> void whenSaved(EditorForm<T> form, Function<T, CommissionSummary> save, String confirmation) {
    form.addSaveListener(event -> {
      AtomicReference<CommissionSummary> saved = new AtomicReference<>();
      if (form.submit(event.value(), value -> {
        saved.set(save.apply(value));
        return confirmation;
      })) {
        refresh(saved.get());
      }
    });
  }

  private void openCreate() {
    if (council.getValue() == null) {
      return;
    }
    AtomicReference<CommissionSummary> saved = new AtomicReference<>();
    new EditorDialog<>(getTranslation("council.ui.commission-new"), new CommissionEditor(),
        value -> {
          saved.set(commissions.create(council.getValue().id(), value));
          return null;
        },
        () -> refresh(saved.get()))
        .open(CommissionEditor.blank());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("council.ui.commissions") + " | " + getTranslation("app.name");
  }
}
