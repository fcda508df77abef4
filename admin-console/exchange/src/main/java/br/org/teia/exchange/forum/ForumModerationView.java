package br.org.teia.exchange.forum;

import br.org.teia.exchange.ExchangeAccess;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.ui.PageHelp;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;

/**
 * Staff review the posts reports hid, oldest first: each opens with its text, a reason field and
 * two decisions (restore, remove), both needing the reason, kept in the audit log. Staff also add
 * forum categories here.
 */
@PageHelp("exchange.help.forum-moderation")
@Route(ForumModerationView.ROUTE)
@RolesAllowed(ExchangeAccess.PUBLISH)
public class ForumModerationView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "associacao/forum";

  private final ForumService forum;
  private final Grid<PostView> hidden = new Grid<>();

  public ForumModerationView(ForumService forum) {
    this.forum = forum;
    setMaxWidth("80rem");
    Paragraph rule = new Paragraph(getTranslation("exchange.forum.moderation.rule", forum.reportThreshold()));
    hidden.setId("hidden-posts");
    hidden.addColumn(p -> ForumView.WHEN.format(p.createdAt())).setHeader(getTranslation("exchange.forum.posted-at"))
        .setAutoWidth(true);
    hidden.addColumn(PostView::topicTitle).setHeader(getTranslation("exchange.forum.topic")).setFlexGrow(3);
    hidden.addColumn(p -> p.municipality() == null ? p.authorName()
        : getTranslation("exchange.forum.author.of", p.authorName(), p.municipality()))
        .setHeader(getTranslation("exchange.forum.author")).setAutoWidth(true);
    hidden.addColumn(PostView::reports).setHeader(getTranslation("exchange.forum.reports")).setAutoWidth(true);
    hidden.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    hidden.setEmptyStateText(getTranslation("exchange.forum.moderation.none"));
    hidden.addItemClickListener(click -> open(click.getItem()));
    add(new H2(getTranslation("exchange.forum.moderation.title")), rule, hidden, categories());
    refresh();
  }

  private Section categories() {
    TextField name = new TextField(getTranslation("exchange.forum.category.name"));
    name.setId("category-name");
    name.setMaxLength(100);
    name.setRequiredIndicatorVisible(true);
    TextField description = new TextField(getTranslation("exchange.forum.category.description"));
    description.setId("category-description");
    description.setMaxLength(300);
    Button add = new Button(getTranslation("exchange.forum.category.add"), click -> {
      name.setInvalid(false);
      try {
        forum.addCategory(name.getValue(), description.getValue());
        Notification.show(getTranslation("exchange.forum.category.added", name.getValue().strip()));
        name.clear();
        description.clear();
      } catch (TeiaException refusal) {
        name.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
        name.setInvalid(true);
      }
    });
    add.setId("category-add");
    HorizontalLayout row = new HorizontalLayout(name, description, add);
    row.setWrap(true);
    row.setAlignItems(FlexComponent.Alignment.BASELINE);
    Section section = new Section(new H3(getTranslation("exchange.forum.category.new")),
        new Paragraph(String.join(", ", forum.categories().stream().map(ForumCategory::name).toList())), row);
    section.setId("forum-categories");
    section.setWidthFull();
    return section;
  }

  private void open(PostView post) {
    Dialog dialog = new Dialog(post.topicTitle());
    dialog.setId("forum-moderation-dialog");
    dialog.setWidth("min(50rem, 95vw)");
    TextArea reason = new TextArea(getTranslation("exchange.forum.moderation.reason"));
    reason.setId("forum-moderation-reason");
    reason.setMaxLength(ForumService.MAX_REASON);
    reason.setRequiredIndicatorVisible(true);
    reason.setWidthFull();
    dialog.add(new Paragraph(getTranslation("exchange.forum.author.of", post.authorName(),
        post.municipality() == null ? "COGEMAS" : post.municipality())), new Div(new Html("<div>" + post.html() + "</div>")),
        reason);
    Button restore = decision(dialog, reason, "exchange.forum.restore", "forum-restore", () -> {
      forum.restore(post.id(), post.version(), reason.getValue());
      return getTranslation("exchange.forum.restored");
    });
    restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button remove = decision(dialog, reason, "exchange.forum.remove", "forum-remove", () -> {
      forum.remove(post.id(), post.version(), reason.getValue());
      return getTranslation("exchange.forum.removed");
    });
    remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
    dialog.getFooter().add(new Button(getTranslation("exchange.cancel"), click -> dialog.close()), remove, restore);
    dialog.open();
  }

  private Button decision(Dialog dialog, TextArea reason, String key, String id, Supplier<String> action) {
    Button button = new Button(getTranslation(key), click -> {
      reason.setInvalid(false);
      try {
        Notification.show(action.get());
        dialog.close();
        refresh();
      } catch (TeiaException refusal) {
        reason.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
        reason.setInvalid(true);
      }
    });
    button.setId(id);
    return button;
  }

  private void refresh() {
    // Lazy: only the rows in view are fetched and kept.
    hidden.setItems(query -> forum.hidden(query.getOffset(), query.getLimit()).stream(), query -> forum.countHidden());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("exchange.forum.moderation.title") + " | " + getTranslation("app.name");
  }
}
