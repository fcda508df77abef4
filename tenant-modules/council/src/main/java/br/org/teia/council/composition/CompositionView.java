package br.org.teia.council.composition;

import br.org.teia.kernel.ui.PhoneColumns;
import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.council.CouncilAccess;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.form.EditorDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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

/**
 * A council's composition today: every seat with its member and alternate (vacancies marked),
 * parity, mandates ending within 60 days and the presidency. The secretary registers mandates
 * and presidencies; the rules are the service's.
 */
@PageHelp("council.help.composition")
@Route(CompositionView.ROUTE)
@RolesAllowed(CouncilAccess.READ)
public class CompositionView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "conselho/composicao";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final CompositionService composition;
  private final boolean canWrite;
  private final Select<CouncilSummary> council = new Select<>();
  private final Grid<SeatSummary> seats = new Grid<>(SeatSummary.class, false);
  private final Grid<MandateSummary> endingSoon = new Grid<>(MandateSummary.class, false);
  private final Span parity = new Span();
  private final Span vacancies = new Span();
  private final Span presidency = new Span();

  public CompositionView(CompositionService composition, CurrentUser currentUser) {
    this.composition = composition;
    this.canWrite = currentUser.can(CouncilAccess.WRITE);
    setSizeFull();

    council.setId("composition-council");
    council.setLabel(getTranslation("council.ui.council"));
    council.setItemLabelGenerator(c -> c.acronym() + " — " + c.name());
    List<CouncilSummary> councils = composition.councils();
    council.setItems(councils);
    council.addValueChangeListener(e -> refresh());

    Button addMandate = new Button(getTranslation("council.ui.mandate-new"), VaadinIcon.PLUS.create(),
        click -> openMandateEditor());
    addMandate.setId("mandate-new");
    addMandate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    addMandate.setVisible(canWrite);
    Button addPresidency = new Button(getTranslation("council.ui.presidency-new"), click -> openPresidencyEditor());
    addPresidency.setId("presidency-new");
    addPresidency.setVisible(canWrite);
    HorizontalLayout toolbar = new HorizontalLayout(council, addMandate, addPresidency);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    parity.setId("composition-parity");
    vacancies.setId("composition-vacancies");
    presidency.setId("composition-presidency");

    seats.setId("seat-grid");
    seats.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // members' names wrap at 1366 px, never cut
    // A council has a few dozen seats at most: the page scrolls, not a box inside it (on a phone a
    // seat's wrapped names fill the screen, and a grid of its own height showed one seat at a time).
    seats.setAllRowsVisible(true);
    seats.addColumn(s -> getTranslation(s.side().labelKey())).setHeader(getTranslation("council.ui.side")).setAutoWidth(true);
    var segmentColumn = seats.addColumn(SeatSummary::segmentName).setHeader(getTranslation("council.ui.segment")).setAutoWidth(true);
    seats.addColumn(SeatSummary::number).setHeader(getTranslation("council.ui.seat")).setAutoWidth(true);
    var memberColumn = seats.addColumn(s -> holder(s.member(), true)).setHeader(getTranslation("council.mandate-role.MEMBER")).setKey("member")
        .setFlexGrow(2).setTooltipGenerator(s -> holder(s.member(), true));
    seats.addColumn(s -> holder(s.alternate(), s.alternateSlot())).setHeader(getTranslation("council.mandate-role.ALTERNATE"))
        .setKey("alternate").setFlexGrow(2).setTooltipGenerator(s -> holder(s.alternate(), s.alternateSlot()));
    PhoneColumns.keep(seats, segmentColumn, memberColumn);

    endingSoon.setId("ending-soon-grid");
    endingSoon.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    endingSoon.setAllRowsVisible(true);
    endingSoon.addColumn(MandateSummary::personName).setHeader(getTranslation("council.ui.person"));
    endingSoon.addColumn(m -> getTranslation(m.role().labelKey())).setHeader(getTranslation("council.ui.role"));
    endingSoon.addColumn(MandateSummary::segmentName).setHeader(getTranslation("council.ui.segment"));
    endingSoon.addColumn(m -> m.lastDay().format(DATE)).setHeader(getTranslation("council.ui.ends-on"));
    endingSoon.setEmptyStateText(getTranslation("council.ui.ending-soon-none"));

    add(new H2(getTranslation("council.ui.composition")), toolbar, new HorizontalLayout(parity, vacancies, presidency),
        seats, new H3(getTranslation("council.ui.ending-soon", CompositionService.ENDING_SOON_DAYS)), endingSoon);
    if (councils.isEmpty()) {
      add(new Paragraph(getTranslation("council.ui.empty")));
    } else {
      council.setValue(councils.getFirst());
    }
  }

  private String holder(MandateSummary mandate, boolean slot) {
    if (!slot) {
      return "—";
    }
    if (mandate == null) {
      return getTranslation("council.ui.vacant");
    }
    return mandate.personName() + (mandate.organisation() == null ? "" : " (" + mandate.organisation() + ")")
        + " · " + getTranslation("council.ui.until", mandate.lastDay().format(DATE));
  }

  private void refresh() {
    if (council.getValue() == null) {
      return;
    }
    CompositionSummary read = composition.composition(council.getValue().id(), null, CompositionService.ENDING_SOON_DAYS);
    seats.setItems(read.seats());
    endingSoon.setItems(read.endingSoon());
    ParityStatus p = read.parity();
    parity.setText(getTranslation(p.respected() ? "council.ui.parity-ok" : "council.ui.parity-broken",
        p.governmentMembers(), p.civilSocietyMembers(), p.governmentAlternates(), p.civilSocietyAlternates()));
    vacancies.setText(getTranslation("council.ui.vacancies", read.vacantMemberSeats(), read.vacantAlternateSeats()));
    presidency.setText(read.presidency() == null ? getTranslation("council.ui.presidency-none")
        : getTranslation("council.ui.presidency", read.presidency().personName(),
            getTranslation(read.presidency().side().labelKey()), read.presidency().endsOn().format(DATE)));
  }

  private void openMandateEditor() {
    CouncilSummary selected = council.getValue();
    if (selected == null) {
      return;
    }
    new EditorDialog<>(getTranslation("council.ui.mandate-new"), new MandateEditor(selected),
        value -> getTranslation("council.ui.mandate-saved", composition.addMandate(selected.id(), value).personName()),
        this::refresh)
        .open(MandateEditor.blank());
  }

  private void openPresidencyEditor() {
    CouncilSummary selected = council.getValue();
    if (selected == null) {
      return;
    }
    List<MandateSummary> members = composition.mandates(selected.id()).stream()
        .filter(m -> m.role() == MandateRole.MEMBER && !m.lastDay().isBefore(LocalDate.now())).toList();
    new EditorDialog<>(getTranslation("council.ui.presidency-new"),
        new PresidencyEditor(members, selected.presidencyTermYears()),
        value -> {
          composition.addPresidency(selected.id(), value);
          return null;
        },
        this::refresh)
        .open(PresidencyEditor.blank());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("council.ui.composition") + " | " + getTranslation("app.name");
  }
}
