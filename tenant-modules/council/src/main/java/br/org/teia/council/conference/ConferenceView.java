package br.org.teia.council.conference;

import br.org.teia.council.CouncilAccess;
import br.org.teia.council.composition.MandateRole;
import br.org.teia.council.composition.SegmentKind;
import br.org.teia.council.composition.Side;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.FormErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** One conference: its status, organising committee, delegates by segment and deliberations with follow-up. */
@Route(ConferenceView.ROUTE)
@RolesAllowed(CouncilAccess.READ)
public class ConferenceView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

  public static final String ROUTE = "conselho/conferencia";

  private final ConferenceService conferences;
  private final boolean secretary;
  private ConferenceDetail detail;

  public ConferenceView(ConferenceService conferences, CurrentUser currentUser) {
    this.conferences = conferences;
    this.secretary = currentUser.can(CouncilAccess.WRITE);
  }

  @Override
  public void setParameter(BeforeEvent event, @OptionalParameter String id) {
    removeAll();
    try {
      detail = conferences.conference(UUID.fromString(String.valueOf(id)));
    } catch (IllegalArgumentException | NotFoundException e) {
      add(new H2(getTranslation("council.conference.ui.title")),
          new Paragraph(getTranslation("council.conference.not-found", id == null ? "" : id)),
          new RouterLink(getTranslation("council.conference.ui.back"), ConferencesView.class));
      return;
    }
    render();
  }

  private void reload() {
    detail = conferences.conference(detail.summary().id());
    removeAll();
    render();
  }

  private void render() {
    ConferenceSummary c = detail.summary();
    boolean open = c.status() != ConferenceStatus.CANCELLED;
    add(new RouterLink(getTranslation("council.conference.ui.back"), ConferencesView.class));
    add(new H2(title()));
    add(new Paragraph(c.theme()));
    add(new Paragraph(c.startsOn().format(ConferencesView.DATE) + " – " + c.endsOn().format(ConferencesView.DATE)
        + " · " + c.venue() + " · " + c.convenedBy() + " · " + getTranslation(c.status().labelKey())));
    if (secretary && c.status() == ConferenceStatus.CONVENED) {
      Button held = new Button(getTranslation("council.conference.ui.held"), click -> act(() -> conferences.markHeld(c.id())));
      held.setId("conference-held");
      held.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      Button cancel = new Button(getTranslation("council.conference.ui.cancel"), click -> act(() -> conferences.cancel(c.id())));
      cancel.setId("conference-cancel");
      cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
      add(new HorizontalLayout(held, cancel));
    }
    committee(open);
    delegates(open);
    deliberations();
  }

  private void committee(boolean open) {
    add(new H3(getTranslation("council.conference.ui.committee")));
    Map<Side, Long> bySide = detail.committee().stream()
        .collect(Collectors.groupingBy(CommitteeMemberSummary::side, Collectors.counting()));
    if (!detail.committee().isEmpty()) {
      Paragraph parity = new Paragraph(detail.committeeParitary() ? getTranslation("council.conference.ui.committee-paritary")
          : getTranslation("council.conference.ui.committee-not-paritary", bySide.getOrDefault(Side.GOVERNMENT, 0L),
              bySide.getOrDefault(Side.CIVIL_SOCIETY, 0L)));
      parity.setId("committee-parity");
      add(parity);
    }
    Grid<CommitteeMemberSummary> grid = new Grid<>(CommitteeMemberSummary.class, false);
    grid.setId("committee-grid");
    grid.setAllRowsVisible(true);
    grid.addColumn(CommitteeMemberSummary::name).setHeader(getTranslation("council.ui.name"));
    grid.addColumn(m -> getTranslation(m.side().labelKey())).setHeader(getTranslation("council.ui.side")).setAutoWidth(true);
    grid.addColumn(m -> m.organisation() == null ? "—" : m.organisation()).setHeader(getTranslation("council.conference.ui.organisation"));
    grid.addColumn(m -> m.coordinator() ? getTranslation("council.conference.ui.coordinator") : "")
        .setHeader(getTranslation("council.conference.ui.coordinator")).setAutoWidth(true);
    if (secretary && open) {
      grid.addComponentColumn(m -> new Button(getTranslation("council.conference.ui.remove"),
          click -> act(() -> conferences.removeCommitteeMember(detail.summary().id(), m.id())))).setAutoWidth(true);
    }
    grid.setEmptyStateText(getTranslation("council.conference.ui.committee-empty"));
    grid.setItems(detail.committee());
    add(grid);
    if (secretary && open) {
      Button addMember = new Button(getTranslation("council.conference.ui.add-member"), click -> openCommitteeMember());
      addMember.setId("committee-add");
      add(addMember);
    }
  }

  private void delegates(boolean open) {
    add(new H3(getTranslation("council.conference.ui.delegates")));
    String counts = detail.titularsBySegment().entrySet().stream()
        .map(e -> getTranslation(e.getKey().labelKey()) + " " + e.getValue()).collect(Collectors.joining(", "));
    Paragraph countLine = new Paragraph(getTranslation("council.conference.ui.delegates-count", counts));
    countLine.setId("delegates-count");
    add(countLine);
    Grid<DelegateSummary> grid = new Grid<>(DelegateSummary.class, false);
    grid.setId("delegate-grid");
    grid.setAllRowsVisible(true);
    grid.addColumn(DelegateSummary::name).setHeader(getTranslation("council.ui.name"));
    grid.addColumn(d -> getTranslation(d.segment().labelKey())).setHeader(getTranslation("council.ui.segment")).setAutoWidth(true);
    grid.addColumn(d -> getTranslation(d.role().labelKey())).setHeader(getTranslation("council.conference.ui.kind")).setAutoWidth(true);
    grid.addColumn(d -> d.organisation() == null ? "—" : d.organisation()).setHeader(getTranslation("council.conference.ui.organisation"));
    grid.addColumn(d -> d.stateStage() ? getTranslation("council.conference.ui.state-stage") : "")
        .setHeader(getTranslation("council.conference.ui.state-stage")).setAutoWidth(true);
    if (secretary && open) {
      grid.addComponentColumn(d -> new Button(getTranslation("council.conference.ui.remove"),
          click -> act(() -> conferences.removeDelegate(detail.summary().id(), d.id())))).setAutoWidth(true);
    }
    grid.setEmptyStateText(getTranslation("council.conference.ui.delegates-empty"));
    grid.setItems(detail.delegates());
    add(grid);
    if (secretary && open) {
      Button addDelegate = new Button(getTranslation("council.conference.ui.add-delegate"), click -> openDelegate());
      addDelegate.setId("delegate-add");
      add(addDelegate);
    }
  }

  private void deliberations() {
    add(new H3(getTranslation("council.conference.ui.deliberations")));
    Grid<DeliberationSummary> grid = new Grid<>(DeliberationSummary.class, false);
    grid.setId("deliberation-grid");
    grid.setAllRowsVisible(true);
    grid.addColumn(DeliberationSummary::number).setHeader("Nº").setAutoWidth(true);
    grid.addColumn(DeliberationSummary::text).setHeader(getTranslation("council.conference.ui.deliberation"));
    grid.addColumn(d -> getTranslation(d.scope().labelKey())).setHeader(getTranslation("council.conference.ui.scope")).setAutoWidth(true);
    grid.addColumn(d -> getTranslation("council.conference.ui.status-on", getTranslation(d.status().labelKey()),
        d.statusOn().format(ConferencesView.DATE))).setHeader(getTranslation("council.ui.status")).setAutoWidth(true);
    grid.addColumn(d -> d.followUps().isEmpty() ? "—" : d.followUps().getLast().note())
        .setHeader(getTranslation("council.conference.ui.note"));
    if (secretary) {
      grid.addComponentColumn(d -> {
        Button follow = new Button(getTranslation("council.conference.ui.follow-up"), click -> openFollowUp(d));
        follow.setEnabled(d.status() != DeliberationStatus.DONE);
        return follow;
      }).setKey("actions").setAutoWidth(true);
    }
    grid.setEmptyStateText(getTranslation("council.conference.ui.deliberations-empty"));
    grid.setItems(detail.deliberations());
    add(grid);
    if (secretary && detail.summary().status() == ConferenceStatus.HELD) {
      Button addDeliberation = new Button(getTranslation("council.conference.ui.add-deliberation"), click -> openDeliberation());
      addDeliberation.setId("deliberation-add");
      add(addDeliberation);
    }
  }

  private void openCommitteeMember() {
    TextField name = new TextField(getTranslation("council.ui.name"));
    name.setId("committee-name");
    Select<Side> side = new Select<>();
    side.setId("committee-side");
    side.setLabel(getTranslation("council.ui.side"));
    side.setItems(Side.values());
    side.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
    TextField organisation = new TextField(getTranslation("council.conference.ui.organisation"));
    Checkbox coordinator = new Checkbox(getTranslation("council.conference.ui.coordinator"));
    FormErrors errors = new FormErrors(Map.of("name", name, "side", side, "organisation", organisation));
    dialog(getTranslation("council.conference.ui.add-member"), "committee-save", errors,
        new FormLayout(name, side, organisation, coordinator),
        () -> conferences.addCommitteeMember(detail.summary().id(), new CommitteeMemberForm(name.getValue(),
            side.getValue(), organisation.getValue(), coordinator.getValue())));
  }

  private void openDelegate() {
    TextField name = new TextField(getTranslation("council.ui.name"));
    name.setId("delegate-name");
    Select<SegmentKind> segment = new Select<>();
    segment.setId("delegate-segment");
    segment.setLabel(getTranslation("council.ui.segment"));
    segment.setItems(SegmentKind.values());
    segment.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
    Select<MandateRole> role = new Select<>();
    role.setId("delegate-role");
    role.setLabel(getTranslation("council.conference.ui.kind"));
    role.setItems(MandateRole.values());
    role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
    role.setValue(MandateRole.MEMBER);
    TextField organisation = new TextField(getTranslation("council.conference.ui.organisation"));
    Checkbox stateStage = new Checkbox(getTranslation("council.conference.ui.state-stage"));
    FormErrors errors = new FormErrors(Map.of("name", name, "segment", segment, "role", role, "organisation", organisation));
    dialog(getTranslation("council.conference.ui.add-delegate"), "delegate-save", errors,
        new FormLayout(name, segment, role, organisation, stateStage),
        () -> conferences.addDelegate(detail.summary().id(), new DelegateForm(name.getValue(), segment.getValue(),
            role.getValue(), organisation.getValue(), stateStage.getValue())));
  }

  private void openDeliberation() {
    TextArea text = new TextArea(getTranslation("council.conference.ui.deliberation"));
    text.setId("deliberation-text");
    Select<DeliberationScope> scope = new Select<>();
    scope.setId("deliberation-scope");
    scope.setLabel(getTranslation("council.conference.ui.scope"));
    scope.setItems(DeliberationScope.values());
    scope.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
    scope.setValue(DeliberationScope.MUNICIPAL);
    FormErrors errors = new FormErrors(Map.of("text", text, "scope", scope));
    dialog(getTranslation("council.conference.ui.add-deliberation"), "deliberation-save", errors,
        new FormLayout(text, scope),
        () -> conferences.addDeliberation(detail.summary().id(), new DeliberationForm(text.getValue(), scope.getValue())));
  }

  private void openFollowUp(DeliberationSummary deliberation) {
    DatePicker day = new DatePicker(getTranslation("council.ui.date"), LocalDate.now());
    day.setId("deliberation-follow-up-date");
    Select<DeliberationStatus> status = new Select<>();
    status.setId("deliberation-follow-up-status");
    status.setLabel(getTranslation("council.ui.status"));
    status.setItems(DeliberationStatus.values());
    status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
    status.setValue(deliberation.status());
    TextArea note = new TextArea(getTranslation("council.conference.ui.note"));
    note.setId("deliberation-follow-up-note");
    FormErrors errors = new FormErrors(Map.of("occurredOn", day, "status", status, "note", note));
    dialog(getTranslation("council.conference.ui.follow-up"), "deliberation-follow-up-save", errors,
        new FormLayout(day, status, note),
        () -> conferences.followUp(deliberation.id(), new DeliberationFollowUpForm(day.getValue(), status.getValue(),
            note.getValue())));
  }

  /** A form dialog whose save calls the service; refusals go under the fields or in a notification. */
  private void dialog(String heading, String saveId, FormErrors errors, FormLayout form, Runnable save) {
    Dialog dialog = new Dialog(heading);
    Button saveButton = new Button(getTranslation("council.ui.save"), click -> {
      try {
        save.run();
        dialog.close();
        reload();
      } catch (ConstraintViolationException e) {
        errors.show(e);
      } catch (TeiaException e) {
        errors.show(FormErrors.messageOf(this, e), null);
      }
    });
    saveButton.setId(saveId);
    saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(form);
    dialog.getFooter().add(new Button(getTranslation("council.ui.cancel"), click -> dialog.close()), saveButton);
    dialog.open();
  }

  private void act(Runnable action) {
    try {
      action.run();
      reload();
    } catch (TeiaException e) {
      FormErrors.notify(FormErrors.messageOf(this, e));
    }
  }

  private String title() {
    ConferenceSummary c = detail.summary();
    return getTranslation("council.conference.ui.edition-label", c.edition(), getTranslation(c.kind().labelKey()));
  }

  @Override
  public String getPageTitle() {
    return (detail == null ? getTranslation("council.conference.ui.title") : title()) + " | " + getTranslation("app.name");
  }
}
