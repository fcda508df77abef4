package br.org.teia.exchange.forum;

import br.org.teia.exchange.ExchangeAccess;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.PageHelp;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A topic with its posts, oldest first, and the reply form. Members follow or stop following it
 * and report a post; a hidden or removed post shows what happened instead of its text. Staff see
 * every text and restore or remove a post with a reason.
 */
@PageHelp("exchange.help.forum-topic")
@Route(ForumTopicView.ROUTE)
@RolesAllowed(ExchangeAccess.FORUM)
public class ForumTopicView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

  public static final String ROUTE = "forum/topico";

  private final ForumService forum;
  private final CurrentUser currentUser;
  private final boolean staff;
  private final VerticalLayout content = new VerticalLayout();
  private UUID topicId;
  private String title = "";

  public ForumTopicView(ForumService forum, CurrentUser currentUser) {
    this.forum = forum;
    this.currentUser = currentUser;
    this.staff = currentUser.can(ExchangeAccess.PUBLISH);
    setMaxWidth("60rem");
    content.setPadding(false);
    RouterLink back = new RouterLink(getTranslation("exchange.forum.back"), ForumView.class);
    back.setId("forum-back");
    add(back, content);
  }

  @Override
  public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
    try {
      if (parameter == null) {
        throw new IllegalArgumentException("no topic named");
      }
      topicId = UUID.fromString(parameter);
      show();
    } catch (IllegalArgumentException | TeiaException notFound) {
      topicId = null;
      content.removeAll();
      Paragraph missing = new Paragraph(getTranslation("exchange.forum.topic.not-found"));
      missing.setId("topic-not-found");
      content.add(new H2(getTranslation("exchange.forum.page")), missing);
    }
  }

  private void show() {
    TopicDetail detail = forum.topic(topicId);
    title = detail.topic().title();
    content.removeAll();
    H2 heading = new H2(title);
    heading.setId("topic-title");
    Paragraph meta = new Paragraph(getTranslation("exchange.forum.topic.meta", detail.topic().category(),
        ForumView.WHEN.format(detail.topic().createdAt())));
    Button follow = new Button(getTranslation(detail.following() ? "exchange.forum.unfollow" : "exchange.forum.follow"),
        click -> act(() -> {
          if (detail.following()) {
            forum.unfollow(topicId);
            return getTranslation("exchange.forum.unfollowed");
          }
          forum.follow(topicId);
          return getTranslation("exchange.forum.followed");
        }));
    follow.setId("topic-follow");
    content.add(heading, meta, follow);
    Section posts = new Section();
    posts.setId("topic-posts");
    posts.setWidthFull();
    posts.getElement().setAttribute("aria-label", getTranslation("exchange.forum.posts"));
    detail.posts().forEach(post -> posts.add(post(post)));
    content.add(posts);

    ReplyEditor reply = new ReplyEditor();
    reply.edit(new ReplyForm(null));
    reply.addSaveListener(save -> {
      if (reply.submit(save.value(), value -> {
        forum.reply(topicId, value);
        return getTranslation("exchange.forum.replied");
      })) {
        show();
      }
    });
    Section replying = new Section(new H3(getTranslation("exchange.forum.reply")), reply);
    replying.setId("topic-reply");
    replying.setWidthFull();
    content.add(replying);
  }

  private Article post(PostView post) {
    Article article = new Article();
    article.setId("post-" + post.id());
    article.setWidthFull();
    article.getStyle().set("border-top", "1px solid var(--lumo-contrast-20pct)").set("padding", "var(--lumo-space-s) 0");
    Span author = new Span(post.municipality() == null ? post.authorName()
        : getTranslation("exchange.forum.author.of", post.authorName(), post.municipality()));
    author.getStyle().set("font-weight", "600");
    Span when = new Span(ForumView.WHEN.format(post.createdAt()));
    when.getStyle().set("color", "var(--lumo-secondary-text-color)");
    HorizontalLayout header = new HorizontalLayout(author, when);
    header.setWrap(true);
    article.add(header);
    if (post.status() != PostStatus.VISIBLE) {
      Paragraph state = new Paragraph(getTranslation(post.status().labelKey()));
      state.setId("post-state-" + post.id());
      state.getStyle().set("font-style", "italic");
      article.add(state);
      if (staff && post.moderationReason() != null) {
        article.add(new Paragraph(getTranslation("exchange.forum.moderation.reason.shown", post.moderationReason())));
      }
    }
    if (post.html() != null) {
      Div body = new Div(new Html("<div>" + post.html() + "</div>"));
      body.setId("post-body-" + post.id());
      article.add(body);
    }
    HorizontalLayout actions = new HorizontalLayout();
    boolean mine = currentUser.user().map(u -> u.accountId().equals(post.authorId())).orElse(false);
    if (post.status() == PostStatus.VISIBLE && !mine) {
      Button report = new Button(getTranslation("exchange.forum.report"), click -> reasonDialog(
          "exchange.forum.report.title", "exchange.forum.report.reason", false, "report", reason -> {
            boolean hidden = forum.report(post.id(), reason);
            Notification.show(getTranslation(hidden ? "exchange.forum.report.hidden" : "exchange.forum.report.sent"));
          }));
      report.setId("post-report-" + post.id());
      report.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      report.getElement().setAttribute("aria-label", getTranslation("exchange.forum.report.of", post.authorName()));
      actions.add(report);
    }
    if (staff && post.status() != PostStatus.VISIBLE) {
      Button restore = new Button(getTranslation("exchange.forum.restore"), click -> reasonDialog(
          "exchange.forum.restore", "exchange.forum.moderation.reason", true, "restore", reason -> {
            forum.restore(post.id(), post.version(), reason);
            Notification.show(getTranslation("exchange.forum.restored"));
          }));
      restore.setId("post-restore-" + post.id());
      actions.add(restore);
    }
    if (staff && post.status() != PostStatus.REMOVED) {
      Button remove = new Button(getTranslation("exchange.forum.remove"), click -> reasonDialog(
          "exchange.forum.remove", "exchange.forum.moderation.reason", true, "remove", reason -> {
            forum.remove(post.id(), post.version(), reason);
            Notification.show(getTranslation("exchange.forum.removed"));
          }));
      remove.setId("post-remove-" + post.id());
      remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      actions.add(remove);
    }
    if (actions.getComponentCount() > 0) {
      article.add(actions);
    }
    return article;
  }

  /** A dialog asking a reason; the action's refusal is shown under the field, success refreshes the page. */
  private void reasonDialog(String titleKey, String labelKey, boolean required, String id, Consumer<String> action) {
    Dialog dialog = new Dialog(getTranslation(titleKey));
    dialog.setId(id + "-dialog");
    TextArea reason = new TextArea(getTranslation(labelKey));
    reason.setId(id + "-reason");
    reason.setMaxLength(ForumService.MAX_REASON);
    reason.setRequiredIndicatorVisible(required);
    reason.setWidthFull();
    dialog.add(reason);
    Button confirm = new Button(getTranslation(titleKey), click -> {
      try {
        action.accept(reason.getValue());
        dialog.close();
        show();
      } catch (TeiaException refusal) {
        reason.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
        reason.setInvalid(true);
      }
    });
    confirm.setId(id + "-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(new Button(getTranslation("exchange.cancel"), click -> dialog.close()), confirm);
    dialog.open();
  }

  private void act(java.util.function.Supplier<String> action) {
    try {
      Notification.show(action.get());
      show();
    } catch (TeiaException refusal) {
      Notification.show(getTranslation(refusal.messageKey(), refusal.arguments()));
    }
  }

  @Override
  public String getPageTitle() {
    return (title.isEmpty() ? "" : title + " | ") + getTranslation("exchange.forum.page") + " | " + getTranslation("app.name");
  }
}
