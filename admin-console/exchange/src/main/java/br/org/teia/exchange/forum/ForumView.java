package br.org.teia.exchange.forum;

import br.org.teia.exchange.ExchangeAccess;
import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.kernel.ui.PhoneColumns;
import br.org.teia.kernel.ui.form.EditorDialog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * The forum's topics, latest activity first, paged as the list scrolls; searched by category and by
 * words of the title and opening text (accents and plural forms ignored). A topic opens on its own
 * page; "Novo tópico" opens one.
 */
@PageHelp("exchange.help.forum")
@Route(ForumView.ROUTE)
@RolesAllowed(ExchangeAccess.FORUM)
public class ForumView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "forum";
  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
      .withZone(java.time.ZoneId.of("America/Sao_Paulo"));

  private final ForumService forum;
  private final Select<ForumCategory> category = new Select<>();
  private final TextField search = new TextField();
  private final Grid<TopicSummary> topics = new Grid<>();
  private final Paragraph count = new Paragraph();

  public ForumView(ForumService forum) {
    this.forum = forum;
    setMaxWidth("80rem");
    List<ForumCategory> categories = forum.categories();
    category.setLabel(getTranslation("exchange.forum.category"));
    category.setId("forum-category");
    category.setItems(categories);
    category.setItemLabelGenerator(c -> c == null ? getTranslation("exchange.forum.any") : c.name());
    category.setEmptySelectionAllowed(true);
    category.setEmptySelectionCaption(getTranslation("exchange.forum.any"));
    search.setLabel(getTranslation("exchange.forum.search"));
    search.setId("forum-search");
    search.setValueChangeMode(ValueChangeMode.LAZY);
    category.addValueChangeListener(e -> refresh());
    search.addValueChangeListener(e -> refresh());
    Button open = new Button(getTranslation("exchange.forum.topic.new"), click -> openEditor(categories));
    open.setId("topic-new");
    open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout filters = new HorizontalLayout(category, search, open);
    filters.setWrap(true);
    filters.setAlignItems(FlexComponent.Alignment.BASELINE);

    topics.setId("forum-topics");
    var title = topics.addColumn(TopicSummary::title).setHeader(getTranslation("exchange.forum.title")).setFlexGrow(3);
    topics.addColumn(TopicSummary::category).setHeader(getTranslation("exchange.forum.category")).setAutoWidth(true);
    topics.addColumn(t -> t.municipality() == null ? t.authorName()
        : getTranslation("exchange.forum.author.of", t.authorName(), t.municipality()))
        .setHeader(getTranslation("exchange.forum.author")).setAutoWidth(true);
    var replies = topics.addColumn(TopicSummary::replies).setHeader(getTranslation("exchange.forum.replies")).setAutoWidth(true);
    topics.addColumn(t -> WHEN.format(t.lastPostAt())).setHeader(getTranslation("exchange.forum.last-post"))
        .setAutoWidth(true);
    topics.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    PhoneColumns.keep(topics, title, replies);
    topics.setEmptyStateText(getTranslation("exchange.forum.none"));
    topics.setPageSize(ForumService.PAGE);
    topics.addItemClickListener(click -> UI.getCurrent().navigate(ForumTopicView.class, click.getItem().id().toString()));
    count.setId("forum-count");
    add(new H2(getTranslation("exchange.forum.page")), filters, count, topics);
    refresh();
  }

  private void refresh() {
    TopicFilter filter = filter();
    int total = forum.countTopics(filter);
    count.setText(getTranslation("exchange.forum.count", total));
    topics.setItems(query -> forum.topics(filter, query.getOffset(), query.getLimit()).stream(),
        query -> forum.countTopics(filter));
  }

  private TopicFilter filter() {
    return new TopicFilter(category.getValue() == null ? null : category.getValue().id(), search.getValue());
  }

  private void openEditor(List<ForumCategory> categories) {
    TopicEditor editor = new TopicEditor(categories);
    UUID[] opened = new UUID[1];
    EditorDialog<TopicForm> dialog = new EditorDialog<>(getTranslation("exchange.forum.topic.new"), editor, value -> {
      opened[0] = forum.open(value);
      return getTranslation("exchange.forum.topic.opened", value.title());
    }, () -> UI.getCurrent().navigate(ForumTopicView.class, opened[0].toString()));
    dialog.setId("topic-editor");
    dialog.setWidth("min(50rem, 95vw)");
    dialog.open(TopicEditor.blank(category.getValue() == null ? null : category.getValue().id()));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("exchange.forum.page") + " | " + getTranslation("app.name");
  }
}
