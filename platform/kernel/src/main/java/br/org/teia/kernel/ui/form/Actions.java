package br.org.teia.kernel.ui.form;

import br.org.teia.kernel.TeiaException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Supplier;

/**
 * A service call from a button that is no form's save (publish an agenda, suspend a member, delete
 * a region...): the text that confirms it in a notification, then what follows (a refresh, a
 * navigation); or the refusal, in Portuguese, in an error notification, and nothing follows. A
 * form's save goes through {@link EditorForm#submit} instead, which shows a refusal under the field
 * it names.
 */
public final class Actions {

  private Actions() {
  }

  /**
   * Runs {@code action} (which answers its confirmation, or null where nothing is said); true when
   * it went through and {@code after} ran, false when refused.
   */
  public static boolean run(Component source, Supplier<String> action, Runnable after) {
    try {
      confirm(action.get());
    } catch (TeiaException refusal) {
      refuse(source.getTranslation(refusal.messageKey(), refusal.arguments()));
      return false;
    }
    after.run();
    return true;
  }

  /** A refusal nothing on the screen can hold: an error notification, long enough to be read. */
  public static void refuse(String text) {
    Notification notification = Notification.show(text, 6000, Notification.Position.MIDDLE);
    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
  }

  static void confirm(String text) {
    if (text != null) {
      Notification.show(text);
    }
  }
}
