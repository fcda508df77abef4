package br.org.teia.council.composition;

import br.org.teia.council.CouncilAccess;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.FormErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The municipality's councils and their rules; the council's secretary registers and changes them. */
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

  /** One row of the segments editor. */
  private final class SegmentRow extends HorizontalLayout {
    final UUID id;
    final Select<SegmentKind> kind = new Select<>();
    final TextField name = new TextField(getTranslation("council.ui.segment-name"));
    final IntegerField members = new IntegerField(getTranslation("council.ui.segment-members"));
    final IntegerField alternates = new IntegerField(getTranslation("council.ui.segment-alternates"));

    SegmentRow(SegmentForm form, List<SegmentRow> rows, VerticalLayout container) {
      this.id = form == null ? null : form.id();
      kind.setLabel(getTranslation("council.ui.segment-kind"));
      kind.setItems(SegmentKind.values());
      kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
      members.setWidth("7em");
      alternates.setWidth("7em");
      if (form != null) {
        kind.setValue(form.kind());
        name.setValue(form.name() == null ? "" : form.name());
        members.setValue(form.memberSeats());
        alternates.setValue(form.alternateSeats());
      }
      Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
        rows.remove(this);
        container.remove(this);
      });
      remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      remove.setAriaLabel(getTranslation("council.ui.segment-remove"));
      setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
      add(kind, name, members, alternates, remove);
    }

    SegmentForm form() {
      return new SegmentForm(id, kind.getValue(), name.getValue(), members.getValue() == null ? 0 : members.getValue(),
          alternates.getValue() == null ? 0 : alternates.getValue());
    }
  }

  private void openEditor(CouncilSummary existing) {
    Dialog dialog = new Dialog(getTranslation(existing == null ? "council.ui.new" : "council.ui.edit"));
    dialog.setWidth("min(60em, 95vw)");
    TextField acronym = new TextField(getTranslation("council.ui.acronym"));
    acronym.setId("council-acronym");
    TextField name = new TextField(getTranslation("council.ui.name"));
    name.setId("council-name");
    TextField lawNumber = new TextField(getTranslation("council.ui.law-number"));
    lawNumber.setId("council-law-number");
    DatePicker lawDate = new DatePicker(getTranslation("council.ui.law-date"));
    lawDate.setId("council-law-date");
    IntegerField seats = new IntegerField(getTranslation("council.ui.seats"));
    seats.setId("council-seats");
    IntegerField mandateYears = new IntegerField(getTranslation("council.ui.mandate-years"));
    IntegerField mandateReconductions = new IntegerField(getTranslation("council.ui.mandate-reconductions"));
    IntegerField presidencyYears = new IntegerField(getTranslation("council.ui.presidency-years"));
    IntegerField presidencyReconductions = new IntegerField(getTranslation("council.ui.presidency-reconductions"));
    Select<QuorumRule> quorum = new Select<>();
    quorum.setLabel(getTranslation("council.ui.quorum"));
    quorum.setItems(QuorumRule.values());
    quorum.setItemLabelGenerator(q -> getTranslation(q.labelKey()));
    IntegerField notice = new IntegerField(getTranslation("council.ui.notice-days"));
    notice.setId("council-notice");
    IntegerField extraordinaryNotice = new IntegerField(getTranslation("council.ui.extraordinary-notice-days"));

    CouncilForm form = existing == null
        ? CouncilForm.cmas("", "", null, 20, 10, List.of(
            new SegmentForm(null, SegmentKind.GOVERNMENT, getTranslation("council.ui.default-secretariat"), 10, 10),
            new SegmentForm(null, SegmentKind.USERS, getTranslation(SegmentKind.USERS.labelKey()), 4, 4),
            new SegmentForm(null, SegmentKind.ENTITIES, getTranslation(SegmentKind.ENTITIES.labelKey()), 3, 3),
            new SegmentForm(null, SegmentKind.WORKERS, getTranslation(SegmentKind.WORKERS.labelKey()), 3, 3)))
        : existing.form();
    acronym.setValue(form.acronym() == null ? "" : form.acronym());
    name.setValue(form.name() == null ? "" : form.name());
    lawNumber.setValue(form.lawNumber() == null ? "" : form.lawNumber());
    lawDate.setValue(form.lawDate());
    seats.setValue(form.seats());
    mandateYears.setValue(form.mandateYears());
    mandateReconductions.setValue(form.mandateReconductions());
    presidencyYears.setValue(form.presidencyTermYears());
    presidencyReconductions.setValue(form.presidencyReconductions());
    quorum.setValue(form.quorumRule());
    notice.setValue(form.noticeDays());
    extraordinaryNotice.setValue(form.extraordinaryNoticeDays());

    VerticalLayout segmentsBox = new VerticalLayout();
    segmentsBox.setPadding(false);
    List<SegmentRow> rows = new ArrayList<>();
    form.segments().forEach(segment -> {
      SegmentRow row = new SegmentRow(segment, rows, segmentsBox);
      rows.add(row);
      segmentsBox.add(row);
    });
    Button addSegment = new Button(getTranslation("council.ui.segment-add"), VaadinIcon.PLUS.create(), click -> {
      SegmentRow row = new SegmentRow(null, rows, segmentsBox);
      rows.add(row);
      segmentsBox.add(row);
    });
    addSegment.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

    FormErrors errors = new FormErrors(Map.ofEntries(Map.entry("acronym", acronym), Map.entry("name", name),
        Map.entry("lawNumber", lawNumber), Map.entry("lawDate", lawDate), Map.entry("seats", seats),
        Map.entry("mandateYears", mandateYears), Map.entry("mandateReconductions", mandateReconductions),
        Map.entry("presidencyTermYears", presidencyYears), Map.entry("presidencyReconductions", presidencyReconductions),
        Map.entry("quorumRule", quorum), Map.entry("noticeDays", notice),
        Map.entry("extraordinaryNoticeDays", extraordinaryNotice)));
    Button save = new Button(getTranslation("council.ui.save"), click -> {
      CouncilForm filled = new CouncilForm(acronym.getValue(), name.getValue(), lawNumber.getValue(), lawDate.getValue(),
          value(seats), value(mandateYears), value(mandateReconductions), value(presidencyYears),
          value(presidencyReconductions), quorum.getValue(), value(notice), value(extraordinaryNotice),
          rows.stream().map(SegmentRow::form).toList());
      try {
        CouncilSummary saved = existing == null ? composition.create(filled)
            : composition.update(existing.id(), existing.version(), filled);
        Notification.show(getTranslation("council.ui.saved", saved.acronym()));
        dialog.close();
        refresh();
      } catch (ConstraintViolationException e) {
        errors.show(e);
      } catch (TeiaException e) {
        errors.show(FormErrors.messageOf(this, e), e.messageKey().startsWith("council.parity") ? "seats" : null);
      }
    });
    save.setId("council-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new FormLayout(acronym, name, lawNumber, lawDate, seats, quorum, mandateYears, mandateReconductions,
        presidencyYears, presidencyReconductions, notice, extraordinaryNotice),
        new H4(getTranslation("council.ui.segments")), segmentsBox, addSegment);
    dialog.getFooter().add(new Button(getTranslation("council.ui.cancel"), click -> dialog.close()), save);
    dialog.open();
  }

  private static int value(IntegerField field) {
    return field.getValue() == null ? 0 : field.getValue();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("council.ui.councils") + " | " + getTranslation("app.name");
  }
}
