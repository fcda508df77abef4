package br.org.teia.kernel.notification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A person's choice, per registered kind, of how notifications come by e-mail (none, at once, daily
 * or weekly digest): a section a "Minha conta" page hosts. One select per kind bound with a Binder
 * to the person's preferences; saving stores them all.
 */
public class NotificationPreferencesForm extends VerticalLayout {

  private final Notifications notifications;
  private final UUID accountId;
  private final Binder<Map<String, Delivery>> binder = new Binder<>();
  private Map<String, Delivery> choices;

  public NotificationPreferencesForm(Notifications notifications, UUID accountId) {
    this.notifications = notifications;
    this.accountId = accountId;
    setId("notification-preferences");
    setPadding(false);
    FormLayout fields = new FormLayout();
    for (NotificationKind kind : notifications.kinds()) {
      Select<Delivery> select = new Select<>();
      select.setId("notification-preference-" + kind.code().replace('.', '-'));
      select.setLabel(getTranslation(kind.labelKey()));
      select.setItems(Arrays.asList(Delivery.values()));
      select.setItemLabelGenerator(d -> d == null ? "" : getTranslation(d.labelKey()));
      binder.forField(select).asRequired()
          .bind(values -> values.get(kind.code()), (values, delivery) -> values.put(kind.code(), delivery));
      fields.add(select);
    }
    Button save = new Button(getTranslation("notification.preferences.save"), click -> save());
    save.setId("notification-preferences-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(new H2(getTranslation("notification.preferences.title")),
        new Paragraph(getTranslation("notification.preferences.help")), fields, save);
    reload();
  }

  private void reload() {
    choices = new LinkedHashMap<>(notifications.preferences(accountId));
    binder.readBean(choices);
  }

  private void save() {
    Map<String, Delivery> edited = new LinkedHashMap<>(choices);
    if (binder.writeBeanIfValid(edited)) {
      // not through kernel.ui.form.Actions: kernel.ui hosts the bell, and slices must not form a cycle;
      // choose() refuses nothing a person can cause (every kind shown is registered)
      notifications.choose(accountId, edited);
      com.vaadin.flow.component.notification.Notification.show(getTranslation("notification.preferences.saved"));
      reload();
    }
  }
}
