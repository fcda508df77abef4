package br.org.teia.exchange.news;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.exchange.ExchangeAccess;
import br.org.teia.kernel.ui.form.EditorDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;

/** Staff publish news and notices and see what is published or scheduled, with its audience. */
@PageHelp("exchange.help.news-admin")
@Route(NewsAdminView.ROUTE)
@RolesAllowed(ExchangeAccess.PUBLISH)
public class NewsAdminView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "associacao/noticias";

  private final NewsService news;
  private final Clock clock;
  private final Grid<NewsSummary> grid = new Grid<>();

  public NewsAdminView(NewsService news, Clock clock) {
    this.news = news;
    this.clock = clock;
    setMaxWidth("80rem");
    Button create = new Button(getTranslation("exchange.news.new"), click -> openEditor());
    create.setId("news-new");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    grid.setId("news-grid");
    grid.addColumn(n -> NewsFeedView.WHEN.format(n.publishAt())).setHeader(getTranslation("exchange.news.publish-at"))
        .setAutoWidth(true);
    grid.addColumn(n -> getTranslation(n.kind().labelKey())).setHeader(getTranslation("exchange.news.kind"))
        .setAutoWidth(true);
    grid.addColumn(NewsSummary::title).setHeader(getTranslation("exchange.news.title")).setFlexGrow(3);
    grid.addColumn(n -> n.allMembers() ? getTranslation("exchange.news.all-members") : String.join("; ", n.regions()))
        .setHeader(getTranslation("exchange.news.audience")).setFlexGrow(2);
    grid.addColumn(n -> getTranslation(n.notified() ? "exchange.news.state.published" : "exchange.news.state.scheduled"))
        .setHeader(getTranslation("exchange.news.state")).setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setEmptyStateText(getTranslation("exchange.news.none"));
    add(new H2(getTranslation("exchange.news.admin.title")), create, grid);
    refresh();
  }

  private void openEditor() {
    NewsEditor editor = new NewsEditor(news.regions());
    EditorDialog<NewsForm> dialog = new EditorDialog<>(getTranslation("exchange.news.new"), editor, value -> {
      news.publish(value, editor.files());
      return getTranslation("exchange.news.published", value.title());
    }, this::refresh);
    dialog.setId("news-dialog");
    dialog.setWidth("min(60rem, 95vw)");
    dialog.open(NewsEditor.blank(LocalDateTime.now(clock.withZone(NewsService.ZONE))));
  }

  private void refresh() {
    // Lazy: only the rows in view are fetched and kept (news only grow).
    grid.setItems(query -> news.all(query.getOffset(), query.getLimit()).stream(), query -> news.count());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("exchange.news.admin.title") + " | " + getTranslation("app.name");
  }
}
