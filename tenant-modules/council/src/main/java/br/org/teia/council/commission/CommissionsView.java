package br.org.teia.council.commission;

import br.org.teia.council.CouncilAccess;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.council.composition.MandateSummary;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.FormErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A council's commissions: the secretary creates them, chooses their members among the councillors
 * in office and a coordinator, and records their reports; councillors and the manager read.
 */
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
    List<MandateSummary> inOffice = composition.activeMandates(commission.councilId(), LocalDate.now());
    MultiSelectComboBox<MandateSummary> members = new MultiSelectComboBox<>(getTranslation("council.ui.commission-members"));
    members.setId("commission-members");
    members.setWidthFull();
    members.setItems(inOffice);
    members.setItemLabelGenerator(m -> m.personName() + " (" + m.segmentName() + ")");
    Set<java.util.UUID> current = commission.members().stream().map(CommissionSummary.Member::mandateId)
        .collect(Collectors.toSet());
    members.setValue(inOffice.stream().filter(m -> current.contains(m.id())).collect(Collectors.toSet()));
    Select<MandateSummary> coordinator = new Select<>();
    coordinator.setId("commission-coordinator");
    coordinator.setLabel(getTranslation("council.ui.commission-coordinator"));
    coordinator.setItemLabelGenerator(m -> m == null ? "—" : m.personName());
    coordinator.setEmptySelectionAllowed(true);
    coordinator.setItems(members.getValue());
    inOffice.stream().filter(m -> m.id().equals(commission.coordinatorMandateId())).findFirst()
        .ifPresent(coordinator::setValue);
    members.addValueChangeListener(e -> {
      MandateSummary chosen = coordinator.getValue();
      coordinator.setItems(e.getValue());
      if (chosen != null && e.getValue().contains(chosen)) {
        coordinator.setValue(chosen);
      }
    });
    members.setReadOnly(!canWrite);
    coordinator.setReadOnly(!canWrite);
    Button save = new Button(getTranslation("council.ui.commission-members-save"), click -> {
      try {
        CommissionSummary saved = commissions.assign(commission.councilId(), commission.id(), new MembersForm(
            members.getValue().stream().map(MandateSummary::id).collect(Collectors.toSet()),
            coordinator.getValue() == null ? null : coordinator.getValue().id()));
        Notification.show(getTranslation("council.ui.commission-members-saved"));
        refresh(saved);
      } catch (TeiaException e) {
        FormErrors.notify(FormErrors.messageOf(this, e));
      }
    });
    save.setId("commission-members-save");
    save.setVisible(canWrite);
    HorizontalLayout membership = new HorizontalLayout(members, coordinator, save);
    membership.setWidthFull();
    membership.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
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

  private FormLayout reportForm(CommissionSummary commission) {
    DatePicker date = new DatePicker(getTranslation("council.ui.report-date"));
    date.setId("commission-report-date");
    date.setValue(LocalDate.now());
    TextField title = new TextField(getTranslation("council.ui.report-title"));
    title.setId("commission-report-title");
    TextArea text = new TextArea(getTranslation("council.ui.report-text"));
    text.setId("commission-report-text");
    FormErrors errors = new FormErrors(Map.of("date", date, "title", title, "text", text));
    Button add = new Button(getTranslation("council.ui.commission-report-add"), click -> {
      errors.clear();
      try {
        CommissionSummary saved = commissions.report(commission.councilId(), commission.id(),
            new ReportForm(date.getValue(), title.getValue(), text.getValue()));
        Notification.show(getTranslation("council.ui.commission-report-saved"));
        refresh(saved);
      } catch (ConstraintViolationException e) {
        errors.show(e);
      } catch (TeiaException e) {
        errors.show(FormErrors.messageOf(this, e), "date");
      }
    });
    add.setId("commission-report-add");
    FormLayout form = new FormLayout(date, title, text, add);
    form.setColspan(text, 2);
    return form;
  }

  private void openCreate() {
    if (council.getValue() == null) {
      return;
    }
    Dialog dialog = new Dialog(getTranslation("council.ui.commission-new"));
    Select<CommissionKind> kind = new Select<>();
    kind.setId("commission-kind");
    kind.setLabel(getTranslation("council.ui.commission-kind"));
    kind.setItems(CommissionKind.values());
    kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
    kind.setValue(CommissionKind.THEMATIC);
    TextField name = new TextField(getTranslation("council.ui.commission-name"));
    name.setId("commission-name");
    FormErrors errors = new FormErrors(Map.of("kind", kind, "name", name));
    Button save = new Button(getTranslation("council.ui.save"), click -> {
      try {
        CommissionSummary saved = commissions.create(council.getValue().id(),
            new CommissionForm(kind.getValue(), name.getValue()));
        dialog.close();
        refresh(saved);
      } catch (ConstraintViolationException e) {
        errors.show(e);
      } catch (TeiaException e) {
        errors.show(FormErrors.messageOf(this, e), "kind");
      }
    });
    save.setId("commission-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new FormLayout(kind, name));
    dialog.getFooter().add(new Button(getTranslation("council.ui.cancel"), click -> dialog.close()), save);
    dialog.open();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("council.ui.commissions") + " | " + getTranslation("app.name");
  }
}
