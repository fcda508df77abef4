package br.org.teia.council.conference;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.council.CouncilAccess;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.form.EditorDialog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** A council's conferences; the secretary convenes them. */
@PageHelp("council.help.conferences")
@Route(ConferencesView.ROUTE)
@RolesAllowed(CouncilAccess.READ)
public class ConferencesView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "conselho/conferencias";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ConferenceService conferences;
  private final Select<CouncilSummary> council = new Select<>();
  private final Paragraph cycle = new Paragraph();
  private final Grid<ConferenceSummary> grid = new Grid<>(ConferenceSummary.class, false);

  public ConferencesView(ConferenceService conferences, CompositionService composition, CurrentUser currentUser) {
    this.conferences = conferences;
    setSizeFull();
    council.setId("conferences-council");
    council.setLabel(getTranslation("council.ui.council"));
    council.setItemLabelGenerator(c -> c.acronym() + " — " + c.name());
    List<CouncilSummary> councils = composition.councils();
    council.setItems(councils);
    council.addValueChangeListener(e -> refresh());
    Button convene = new Button(getTranslation("council.conference.ui.new"), VaadinIcon.PLUS.create(), click -> openConvene());
    convene.setId("conference-new");
    convene.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    convene.setVisible(currentUser.can(CouncilAccess.WRITE));
    HorizontalLayout toolbar = new HorizontalLayout(council, convene);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    cycle.setId("conferences-cycle");

    grid.setId("conference-grid");
    grid.addColumn(c -> getTranslation("council.conference.ui.edition-label", c.edition(),
        getTranslation(c.kind().labelKey()))).setHeader(getTranslation("council.conference.ui.edition")).setAutoWidth(true);
    grid.addColumn(ConferenceSummary::theme).setHeader(getTranslation("council.conference.ui.theme"));
    grid.addColumn(c -> c.startsOn().format(DATE) + " – " + c.endsOn().format(DATE))
        .setHeader(getTranslation("council.ui.date")).setAutoWidth(true);
    grid.addColumn(c -> getTranslation(c.status().labelKey())).setHeader(getTranslation("council.ui.status")).setAutoWidth(true);
    grid.setEmptyStateText(getTranslation("council.conference.ui.empty"));
    grid.addItemClickListener(click -> UI.getCurrent().navigate(ConferenceView.class, click.getItem().id().toString()));
    add(new H2(getTranslation("council.conference.ui.title")), toolbar, cycle, grid);
    expand(grid);
    if (!councils.isEmpty()) {
      council.setValue(councils.getFirst());
    }
  }

  private void refresh() {
    if (council.getValue() != null) {
      grid.setItems(conferences.conferences(council.getValue().id()));
      cycle.setText(conferences.nextOrdinaryYear(council.getValue().id())
          .map(year -> getTranslation("council.conference.ui.next-ordinary", year))
          .orElse(getTranslation("council.conference.ui.no-ordinary")));
    }
  }

  private void openConvene() {
    if (council.getValue() == null) {
      return;
    }
    AtomicReference<ConferenceSummary> saved = new AtomicReference<>();
    new EditorDialog<>(getTranslation("council.conference.ui.new"), new ConferenceEditor(),
        value -> {
          saved.set(conferences.convene(council.getValue().id(), value));
          return null;
        },
        () -> UI.getCurrent().navigate(ConferenceView.class, saved.get().id().toString()))
        .open(ConferenceEditor.blank());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("council.conference.ui.title") + " | " + getTranslation("app.name");
  }
}
