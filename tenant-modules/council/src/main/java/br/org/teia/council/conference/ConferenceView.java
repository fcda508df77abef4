package br.org.teia.council.conference;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.kernel.ui.ParentPage;
import br.org.teia.council.CouncilAccess;
import br.org.teia.council.composition.Side;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.form.Actions;
import br.org.teia.kernel.ui.form.EditorDialog;
import br.org.teia.kernel.ui.form.EditorForm;
import br.org.teia.kernel.ui.form.SaveAction;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** One conference: its status, organising committee, delegates by segment and deliberations with follow-up. */
@PageHelp("council.help.conference")
@ParentPage(ConferencesView.class)
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
    edit(getTranslation("council.conference.ui.add-member"), new CommitteeMemberEditor(), CommitteeMemberEditor.blank(),
        value -> conferences.addCommitteeMember(detail.summary().id(), value));
  }

  private void openDelegate() {
    edit(getTranslation("council.conference.ui.add-delegate"), new DelegateEditor(), DelegateEditor.blank(),
        value -> conferences.addDelegate(detail.summary().id(), value));
  }

  private void openDeliberation() {
    edit(getTranslation("council.conference.ui.add-deliberation"), new DeliberationEditor(), DeliberationEditor.blank(),
        value -> conferences.addDeliberation(detail.summary().id(), value));
  }

  private void openFollowUp(DeliberationSummary deliberation) {
    edit(getTranslation("council.conference.ui.follow-up"), new DeliberationFollowUpEditor(),
        DeliberationFollowUpEditor.blank(LocalDate.now(), deliberation.status()),
        value -> conferences.followUp(deliberation.id(), value));
  }

  /** One part of the conference in a dialog: saved through {@code save}, then the page shows it. */
  private <T> void edit(String title, EditorForm<T> form, T blank, Consumer<T> save) {
    new EditorDialog<>(title, form, SaveAction.silently(save), this::reload).open(blank);
  }

  /** A button's change to the conference (held, cancelled, someone removed): refusal in a notification. */
  private void act(Runnable action) {
    Actions.run(this, () -> {
      action.run();
      return null;
    }, this::reload);
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
