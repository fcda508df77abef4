package br.org.teia.exchange.news;

import br.org.teia.exchange.ExchangeAccess;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.AttentionCard;
import br.org.teia.kernel.ui.AttentionContribution;
import java.util.List;
import org.springframework.stereotype.Component;

/** The exchange's card on the municipality's home page: the association's news the person has not read. */
@Component
class NewsAttention implements AttentionContribution {

  private final NewsService news;
  private final CurrentUser currentUser;
  private final Messages messages;

  NewsAttention(NewsService news, CurrentUser currentUser, Messages messages) {
    this.news = news;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public List<AttentionCard> cards() {
    if (!currentUser.can(ExchangeAccess.READ)) {
      return List.of();
    }
    long unread = news.unread();
    return List.of(new AttentionCard("attention-unread-news", messages.get("exchange.home.unread-news"), unread,
        messages.get("exchange.home.unread-news.detail", unread), NewsFeedView.ROUTE));
  }
}
