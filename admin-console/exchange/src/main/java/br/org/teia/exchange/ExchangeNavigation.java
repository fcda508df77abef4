package br.org.teia.exchange;

import br.org.teia.exchange.document.DocumentsView;
import br.org.teia.exchange.event.EventsView;
import br.org.teia.exchange.forum.ForumModerationView;
import br.org.teia.exchange.forum.ForumView;
import br.org.teia.exchange.news.NewsAdminView;
import br.org.teia.exchange.news.NewsFeedView;
import br.org.teia.exchange.practice.PracticeModerationView;
import br.org.teia.exchange.practice.PracticesView;
import br.org.teia.kernel.ui.NavEntry;
import br.org.teia.kernel.ui.NavigationContributor;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.springframework.stereotype.Component;

/** The exchange in the menu: each entry shown only to whom may open it. */
@Component
class ExchangeNavigation implements NavigationContributor {

  @Override
  public List<NavEntry> entries() {
    return List.of(
        new NavEntry("nav.exchange.news", NewsFeedView.class, VaadinIcon.NEWSPAPER, 90),
        new NavEntry("nav.exchange.practices", PracticesView.class, VaadinIcon.LIGHTBULB, 91),
        new NavEntry("nav.exchange.documents", DocumentsView.class, VaadinIcon.FOLDER_OPEN, 92),
        new NavEntry("nav.exchange.events", EventsView.class, VaadinIcon.CALENDAR_O, 93),
        new NavEntry("nav.exchange.forum", ForumView.class, VaadinIcon.COMMENTS_O, 94),
        new NavEntry("nav.exchange.news-admin", NewsAdminView.class, VaadinIcon.MEGAPHONE, 130),
        new NavEntry("nav.exchange.moderation", PracticeModerationView.class, VaadinIcon.CHECK_SQUARE_O, 131),
        new NavEntry("nav.exchange.forum-moderation", ForumModerationView.class, VaadinIcon.FLAG_O, 132));
  }
}
