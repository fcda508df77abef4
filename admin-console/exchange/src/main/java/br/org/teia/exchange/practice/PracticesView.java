package br.org.teia.exchange.practice;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.exchange.ExchangeAccess;
import br.org.teia.exchange.region.RegionChoice;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.suas.SizeClass;
import br.org.teia.kernel.ui.form.EditorDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Published good practices, searched by text, theme, region and size class; a practice opens in a
 * dialog (also from a notification's link, {@code boas-praticas/<id>}). The municipality's
 * management also sees its own practices, sends a new one and edits one staff asked changes of.
 */
@PageHelp("exchange.help.practices")
@Route(PracticesView.ROUTE)
@RolesAllowed(ExchangeAccess.READ)
public class PracticesView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

  public static final String ROUTE = "boas-praticas";
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("America/Sao_Paulo"));

  private final PracticeService practices;
  private final boolean submits;
  private final TextField text = new TextField();
  private final Select<PracticeTheme> theme = new Select<>();
  private final ComboBox<RegionChoice> region = new ComboBox<>();
  private final Select<SizeClass> size = new Select<>();
  private final Grid<PracticeSummary> published = new Grid<>();
  private final Grid<PracticeSummary> ours = new Grid<>();

  public PracticesView(PracticeService practices, CurrentUser currentUser) {
    this.practices = practices;
    this.submits = currentUser.can(ExchangeAccess.SUBMIT);
    setMaxWidth("80rem");
    text.setLabel(getTranslation("exchange.practice.search"));
    text.setId("practice-search");
    text.setValueChangeMode(ValueChangeMode.LAZY);
    theme.setLabel(getTranslation("exchange.practice.theme"));
    theme.setId("practice-filter-theme");
    theme.setItems(PracticeTheme.values());
    theme.setEmptySelectionAllowed(true);
    theme.setEmptySelectionCaption(getTranslation("exchange.practice.any"));
    theme.setItemLabelGenerator(t -> t == null ? getTranslation("exchange.practice.any") : getTranslation(t.labelKey()));
    region.setLabel(getTranslation("exchange.practice.region"));
    region.setId("practice-filter-region");
    region.setItems(practices.regions());
    region.setItemLabelGenerator(RegionChoice::label);
    region.setClearButtonVisible(true);
    size.setLabel(getTranslation("exchange.practice.size-class"));
    size.setId("practice-filter-size");
    size.setItems(SizeClass.values());
    size.setEmptySelectionAllowed(true);
    size.setEmptySelectionCaption(getTranslation("exchange.practice.any"));
    size.setItemLabelGenerator(s -> s == null ? getTranslation("exchange.practice.any") : getTranslation(s.labelKey()));
    text.addValueChangeListener(e -> search());
    theme.addValueChangeListener(e -> search());
    region.addValueChangeListener(e -> search());
    size.addValueChangeListener(e -> search());
    HorizontalLayout filters = new HorizontalLayout(text, theme, region, size);
    filters.setWrap(true);
    filters.setAlignItems(FlexComponent.Alignment.BASELINE);

    published.setId("practices");
    columns(published);
    published.addItemClickListener(click -> open(click.getItem().id()));
    published.setEmptyStateText(getTranslation("exchange.practice.none"));
    add(new H2(getTranslation("exchange.practice.title.page")), filters, published);

    if (submits) {
      Button submit = new Button(getTranslation("exchange.practice.new"), click -> openEditor(null));
      submit.setId("practice-new");
      submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      ours.setId("our-practices");
      columns(ours);
      ours.addColumn(p -> getTranslation(p.status().labelKey())).setHeader(getTranslation("exchange.practice.status"))
          .setAutoWidth(true);
      ours.addItemClickListener(click -> {
        if (click.getItem().status() == PracticeStatus.CHANGES_REQUESTED) {
          openEditor(click.getItem());
        } else {
          open(click.getItem().id());
        }
      });
      ours.setEmptyStateText(getTranslation("exchange.practice.ours.none"));
      Section section = new Section(new H3(getTranslation("exchange.practice.ours")), submit, ours);
      section.setId("our-practices-section");
      section.setWidthFull();
      add(section);
    }
    search();
  }

  private void columns(Grid<PracticeSummary> grid) {
    grid.addColumn(PracticeSummary::title).setHeader(getTranslation("exchange.practice.title")).setFlexGrow(3);
    grid.addColumn(PracticeSummary::municipality).setHeader(getTranslation("exchange.practice.municipality"))
        .setAutoWidth(true);
    grid.addColumn(p -> getTranslation(p.theme().labelKey())).setHeader(getTranslation("exchange.practice.theme"))
        .setAutoWidth(true);
    grid.addColumn(p -> p.sizeClass() == null ? "—" : getTranslation(p.sizeClass().labelKey()))
        .setHeader(getTranslation("exchange.practice.size-class")).setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
  }

  private void search() {
    published.setItems(practices.search(new PracticeFilter(text.getValue(), theme.getValue(),
        region.getValue() == null ? null : region.getValue().id(), size.getValue())));
    if (submits) {
      ours.setItems(practices.ours());
    }
  }

  void open(UUID id) {
    try {
      PracticeSummary practice = practices.get(id);
      Dialog dialog = new Dialog(practice.title());
      dialog.setId("practice-dialog");
      dialog.setWidth("min(50rem, 95vw)");
      dialog.add(new PracticeDetail(practice, practices.attachments(id), file -> practices.attachment(id, file.id())));
      dialog.getFooter().add(new Button(getTranslation("exchange.close"), click -> dialog.close()));
      dialog.open();
    } catch (TeiaException unknown) {
      Notification.show(getTranslation(unknown.messageKey(), unknown.arguments()));
    }
  }

  private void openEditor(PracticeSummary changing) {
    PracticeEditor editor = new PracticeEditor();
    EditorDialog<PracticeForm> dialog = new EditorDialog<>(getTranslation(changing == null
        ? "exchange.practice.new" : "exchange.practice.edit"), editor, value -> {
          if (changing == null) {
            practices.submit(value, editor.files());
          } else {
            practices.resubmit(changing.id(), changing.version(), value, editor.files());
          }
          return getTranslation("exchange.practice.sent", value.title());
        }, this::search);
    dialog.setId("practice-editor");
    dialog.setWidth("min(60rem, 95vw)");
    if (changing != null && changing.decisionNote() != null) {
      com.vaadin.flow.component.html.Paragraph note = new com.vaadin.flow.component.html.Paragraph(
          getTranslation("exchange.practice.note.shown", changing.decisionNote()));
      note.setId("practice-editor-note");
      dialog.addComponentAtIndex(0, note);
    }
    dialog.open(changing == null ? PracticeEditor.blank() : changing.form());
  }

  @Override
  public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
    if (parameter != null) {
      try {
        open(UUID.fromString(parameter));
      } catch (IllegalArgumentException notAnId) {
        Notification.show(getTranslation("exchange.practice.not-found"));
      }
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("exchange.practice.title.page") + " | " + getTranslation("app.name");
  }
}
