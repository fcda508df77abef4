package br.org.teia.kernel.notification;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;

/**
 * The bell in the main layout's header: the number of unread notifications (in the button's
 * accessible name too), a dialog listing the newest ones with "mark as read". It listens to
 * {@link NotificationSignals} while attached and refreshes through {@link UI#access}, which Vaadin
 * push (the app shell's {@code @Push}) carries to the browser at once.
 */
public class NotificationBell extends Div {

  static final int SHOWN = 30;
  private static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");

  private final Notifications notifications;
  private final NotificationSignals signals;
  private final UUID accountId;
  private final Button bell = new Button(VaadinIcon.BELL.create());
  private final Span badge = new Span();
  /** Built when opened and dropped when closed: a page keeps only the button (issue 15, memory per session). */
  private Dialog dialog;
  private VerticalLayout list;
  private AutoCloseable listening;

  public NotificationBell(Notifications notifications, NotificationSignals signals, UUID accountId) {
    this.notifications = notifications;
    this.signals = signals;
    this.accountId = accountId;
    setId("notification-bell-area");
    getStyle().set("position", "relative").set("display", "inline-flex");
    bell.setId("notification-bell");
    bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
    bell.addClickListener(click -> open());
    badge.setId("notification-count");
    badge.getElement().getThemeList().add("badge error primary small pill");
    badge.getElement().setAttribute("aria-hidden", "true"); // the button's name says it
    badge.getStyle().set("position", "absolute").set("top", "0").set("right", "0").set("pointer-events", "none");
    add(bell, badge);
    refresh();
  }

  /** Reloads the count and, when open, the list. */
  public void refresh() {
    long unread = notifications.unreadCount(accountId);
    badge.setText(unread > 99 ? "99+" : Long.toString(unread));
    badge.setVisible(unread > 0);
    String label = getTranslation("notification.bell.label", unread);
    bell.setAriaLabel(label);
    bell.setTooltipText(label);
    if (dialog != null) {
      fillList();
    }
  }

  private void open() {
    if (dialog != null) {
      return;
    }
    dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("notification.bell.title"));
    list = new VerticalLayout();
    list.setId("notification-list");
    list.setPadding(false);
    dialog.add(list);
    Button markAll = new Button(getTranslation("notification.bell.mark-all-read"), click -> {
      notifications.markAllRead(accountId);
      refresh();
    });
    markAll.setId("notification-mark-all-read");
    Button close = new Button(getTranslation("notification.bell.close"), click -> dialog.close());
    close.setId("notification-close");
    dialog.getFooter().add(markAll, close);
    dialog.addOpenedChangeListener(change -> {
      if (!change.isOpened()) {
        dialog = null;
        list = null;
      }
    });
    fillList();
    dialog.open();
  }

  private void fillList() {
    list.removeAll();
    DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(BRASILIA);
    var items = notifications.recent(accountId, SHOWN);
    if (items.isEmpty()) {
      list.add(new Paragraph(getTranslation("notification.bell.empty")));
    }
    for (Notification item : items) {
      VerticalLayout entry = new VerticalLayout();
      entry.setPadding(false);
      entry.setSpacing(false);
      entry.addClassName("notification-item");
      H2 title = new H2(item.title());
      title.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0")
          .set("font-weight", item.unread() ? "bold" : "normal");
      HorizontalLayout heading = new HorizontalLayout(title);
      if (item.unread()) {
        Span unread = new Span(getTranslation("notification.bell.unread"));
        unread.getElement().getThemeList().add("badge");
        heading.add(unread);
      }
      entry.add(heading);
      if (!item.body().isBlank()) {
        entry.add(new Paragraph(item.body()));
      }
      HorizontalLayout actions = new HorizontalLayout(new Span(when.format(item.createdAt())));
      actions.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
      if (item.link() != null) {
        Anchor open = new Anchor(item.link(), getTranslation("notification.bell.open"));
        actions.add(open);
      }
      if (item.unread()) {
        Button read = new Button(getTranslation("notification.bell.mark-read"), click -> {
          notifications.markRead(accountId, item.id());
          refresh();
        });
        read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        read.setId("notification-read-" + item.id());
        actions.add(read);
      }
      entry.add(actions);
      list.add(entry);
    }
  }

  @Override
  protected void onAttach(AttachEvent event) {
    super.onAttach(event);
    UI ui = event.getUI();
    listening = signals.listen(accountId, id -> ui.access(this::refresh));
    refresh();
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (listening != null) {
      try {
        listening.close();
      } catch (Exception e) {
        // closing a listener only removes it from a map
      }
      listening = null;
    }
    super.onDetach(event);
  }
}
