package br.org.teia.council.inscription;

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
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/** A council's inscriptions, by step, with lazy paging; the secretary registers new requests. */
@PageHelp("council.help.inscriptions")
@Route(InscriptionsView.ROUTE)
@RolesAllowed(CouncilAccess.READ)
public class InscriptionsView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "conselho/inscricoes";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final int PAGE = 50;

  private final InscriptionService inscriptions;
  private final Select<CouncilSummary> council = new Select<>();
  private final Select<InscriptionStep> stepFilter = new Select<>();
  private final Grid<InscriptionSummary> grid = new Grid<>(InscriptionSummary.class, false);

  public InscriptionsView(InscriptionService inscriptions, CompositionService composition, CurrentUser currentUser) {
    this.inscriptions = inscriptions;
    setSizeFull();
    council.setId("inscriptions-council");
    council.setLabel(getTranslation("council.ui.council"));
    council.setItemLabelGenerator(c -> c.acronym() + " — " + c.name());
    List<CouncilSummary> councils = composition.councils();
    council.setItems(councils);
    council.addValueChangeListener(e -> refresh());
    stepFilter.setId("inscriptions-step");
    stepFilter.setLabel(getTranslation("council.ui.inscription-step-filter"));
    stepFilter.setEmptySelectionAllowed(true);
    stepFilter.setEmptySelectionCaption(getTranslation("council.ui.inscription-all-steps"));
    stepFilter.setItems(InscriptionStep.values());
    stepFilter.setItemLabelGenerator(s -> s == null ? getTranslation("council.ui.inscription-all-steps")
        : getTranslation(s.labelKey()));
    stepFilter.addValueChangeListener(e -> refresh());
    Button create = new Button(getTranslation("council.ui.inscription-new"), click -> openRequest());
    create.setId("inscription-new");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.setVisible(currentUser.can(CouncilAccess.WRITE));
    HorizontalLayout toolbar = new HorizontalLayout(council, stepFilter, create);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    grid.setId("inscription-grid");
    grid.addColumn(i -> i.requestedOn().format(DATE)).setHeader(getTranslation("council.ui.inscription-requested-on"))
        .setAutoWidth(true);
    grid.addColumn(InscriptionSummary::entityName).setHeader(getTranslation("council.ui.inscription-entity"));
    grid.addColumn(InscriptionSummary::formattedCnpj).setHeader(getTranslation("council.ui.inscription-cnpj"))
        .setAutoWidth(true);
    grid.addColumn(i -> getTranslation(i.step().labelKey())).setHeader(getTranslation("council.ui.inscription-step"))
        .setAutoWidth(true);
    grid.addColumn(i -> getTranslation("council.inscription.status." + i.status().name()))
        .setHeader(getTranslation("council.ui.status")).setAutoWidth(true);
    grid.addColumn(i -> i.number() == null ? "" : i.number())
        .setHeader(getTranslation("council.ui.inscription-number")).setAutoWidth(true);
    grid.setEmptyStateText(getTranslation("council.ui.inscriptions-empty"));
    grid.addItemClickListener(click -> UI.getCurrent().navigate(InscriptionView.class,
        InscriptionView.parameter(click.getItem().councilId(), click.getItem().id())));
    add(new H2(getTranslation("council.ui.inscriptions")), toolbar, grid);
    expand(grid);
    if (!councils.isEmpty()) {
      council.setValue(councils.getFirst());
    }
  }

  private void refresh() {
    if (council.getValue() == null) {
      return;
    }
    var councilId = council.getValue().id();
    InscriptionStep step = stepFilter.getValue();
    grid.setItems(query -> fetch(councilId, step, query.getOffset(), query.getLimit()).stream(),
        query -> (int) inscriptions.inscriptions(councilId, step, 0, 1).total());
  }

  /** Rows {@code offset} to {@code offset + limit}, read in pages of {@link #PAGE} (the service caps a page). */
  private List<InscriptionSummary> fetch(UUID councilId, InscriptionStep step, int offset, int limit) {
    List<InscriptionSummary> rows = new java.util.ArrayList<>();
    int page = offset / PAGE;
    int skip = offset % PAGE;
    while (rows.size() < limit) {
      List<InscriptionSummary> items = inscriptions.inscriptions(councilId, step, page++, PAGE).items();
      items.stream().skip(skip).limit(limit - rows.size()).forEach(rows::add);
      skip = 0;
      if (items.size() < PAGE) {
        break;
      }
    }
    return rows;
  }

  private void openRequest() {
    if (council.getValue() == null) {
      return;
    }
    UUID councilId = council.getValue().id();
    AtomicReference<InscriptionSummary> created = new AtomicReference<>();
    new EditorDialog<>(getTranslation("council.ui.inscription-new"), new InscriptionEditor(LocalDate.now()),
        value -> {
          created.set(inscriptions.request(councilId, value));
          return getTranslation("council.ui.inscription-created");
        },
        () -> UI.getCurrent().navigate(InscriptionView.class,
            InscriptionView.parameter(created.get().councilId(), created.get().id())))
        .open(InscriptionEditor.blank(LocalDate.now()));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("council.ui.inscriptions") + " | " + getTranslation("app.name");
  }
}
