package br.org.teia.exchange.news;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.exchange.ExchangeAccess;
import br.org.teia.exchange.attachment.AttachmentFile;
import br.org.teia.exchange.attachment.AttachmentInfo;
import br.org.teia.kernel.export.Downloads;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The person's news feed: newest first, each item a disclosure whose summary says its kind, date
 * and whether it is new; opening it shows the body and its files and marks it read.
 */
@PageHelp("exchange.help.news")
@Route(NewsFeedView.ROUTE)
@RolesAllowed(ExchangeAccess.READ)
public class NewsFeedView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "noticias";
  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(NewsService.ZONE);

  private final NewsService news;

  public NewsFeedView(NewsService news) {
    this.news = news;
    setMaxWidth("60rem");
    List<NewsItem> items = news.feed();
    long unread = items.stream().filter(NewsItem::unread).count();
    Paragraph summary = new Paragraph(getTranslation("exchange.feed.summary", items.size(), unread));
    summary.setId("feed-summary");
    VerticalLayout list = new VerticalLayout();
    list.setId("feed");
    list.setPadding(false);
    items.forEach(item -> list.add(item(item)));
    if (items.isEmpty()) {
      list.add(new Paragraph(getTranslation("exchange.feed.empty")));
    }
    add(new H2(getTranslation("exchange.feed.title")), summary, list);
  }

  private Details item(NewsItem item) {
    Span title = new Span(item.title());
    title.getStyle().set("font-weight", "600");
    Span meta = new Span(getTranslation("exchange.feed.meta", getTranslation(item.kind().labelKey()),
        WHEN.format(item.publishAt()), item.authorName()));
    meta.getStyle().set("color", "var(--lumo-secondary-text-color)");
    Span badge = new Span(getTranslation("exchange.feed.unread"));
    badge.getElement().getThemeList().add("badge");
    badge.setId("unread-" + item.id());
    badge.setVisible(item.unread());
    HorizontalLayout header = new HorizontalLayout(title, badge, meta);
    header.setAlignItems(Alignment.BASELINE);
    header.setWrap(true);

    Div body = new Div(new Html("<div>" + item.html() + "</div>"));
    body.setId("body-" + item.id());
    Details details = new Details(header, body);
    details.setId("news-" + item.id());
    details.setWidthFull();
    if (!item.attachments().isEmpty()) {
      VerticalLayout files = new VerticalLayout();
      files.setPadding(false);
      files.setSpacing(false);
      files.add(new Span(getTranslation("exchange.attachments")));
      item.attachments().forEach(file -> files.add(download(item, file)));
      details.add(files);
    }
    details.addOpenedChangeListener(event -> {
      if (event.isOpened() && badge.isVisible()) {
        news.markRead(item.id());
        badge.setVisible(false);
      }
    });
    return details;
  }

  private Anchor download(NewsItem item, AttachmentInfo file) {
    Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
      AttachmentFile content = news.attachment(item.id(), file.id());
      return Downloads.download(content.content(), content.fileName(), content.contentType());
    }), getTranslation("exchange.attachment.label", file.fileName(), Math.max(1, file.sizeBytes() / 1024)));
    anchor.setId("file-" + file.id());
    return anchor;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("exchange.feed.title") + " | " + getTranslation("app.name");
  }
}
