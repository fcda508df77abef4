package br.org.teia.council.conference;

import br.org.teia.council.CouncilAccess;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.FormErrors;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** A council's conferences; the secretary convenes them. */
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
    Dialog dialog = new Dialog(getTranslation("council.conference.ui.new"));
    Select<ConferenceKind> kind = new Select<>();
    kind.setId("conference-kind");
    kind.setLabel(getTranslation("council.conference.ui.kind"));
    kind.setItems(ConferenceKind.values());
    kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
    kind.setValue(ConferenceKind.ORDINARY);
    IntegerField edition = new IntegerField(getTranslation("council.conference.ui.edition"));
    edition.setId("conference-edition");
    edition.setMin(1);
    TextField theme = new TextField(getTranslation("council.conference.ui.theme"));
    theme.setId("conference-theme");
    DatePicker startsOn = new DatePicker(getTranslation("council.conference.ui.starts-on"));
    startsOn.setId("conference-starts-on");
    DatePicker endsOn = new DatePicker(getTranslation("council.conference.ui.ends-on"));
    endsOn.setId("conference-ends-on");
    TextField venue = new TextField(getTranslation("council.conference.ui.venue"));
    venue.setId("conference-venue");
    TextField convenedBy = new TextField(getTranslation("council.conference.ui.convened-by"));
    convenedBy.setId("conference-convened-by");
    FormErrors errors = new FormErrors(Map.of("kind", kind, "edition", edition, "theme", theme, "startsOn", startsOn,
        "endsOn", endsOn, "venue", venue, "convenedBy", convenedBy));
    Button save = new Button(getTranslation("council.ui.save"), click -> {
      try {
        ConferenceSummary saved = conferences.convene(council.getValue().id(), new ConferenceForm(kind.getValue(),
            edition.getValue() == null ? 0 : edition.getValue(), theme.getValue(), startsOn.getValue(),
            endsOn.getValue(), venue.getValue(), convenedBy.getValue()));
        dialog.close();
        UI.getCurrent().navigate(ConferenceView.class, saved.id().toString());
      } catch (ConstraintViolationException e) {
        errors.show(e);
      } catch (TeiaException e) {
        errors.show(FormErrors.messageOf(this, e), e.messageKey().endsWith("too-close") ? "startsOn" : "endsOn");
      }
    });
    save.setId("conference-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new FormLayout(kind, edition, theme, startsOn, endsOn, venue, convenedBy));
    dialog.getFooter().add(new Button(getTranslation("council.ui.cancel"), click -> dialog.close()), save);
    dialog.open();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("council.conference.ui.title") + " | " + getTranslation("app.name");
  }
}
