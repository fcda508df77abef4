package br.org.teia.kernel.ui;

import br.org.teia.kernel.TeiaException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Map;

/**
 * Shows a service's refusal on the form: each validation message under its field (matched by the
 * property name), anything else in a notification. The service is the judge; the form only shows.
 */
public final class FormErrors {

  private final Map<String, ? extends HasValidation> fields;

  public FormErrors(Map<String, ? extends HasValidation> fields) {
    this.fields = fields;
  }

  public void clear() {
    fields.values().forEach(field -> {
      field.setInvalid(false);
      field.setErrorMessage(null);
    });
  }

  /** Returns true when every message found its field. */
  public boolean show(ConstraintViolationException e) {
    clear();
    boolean allPlaced = true;
    for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
      HasValidation field = fields.get(lastNode(violation.getPropertyPath()));
      if (field == null) {
        allPlaced = false;
        notify(violation.getMessage());
      } else {
        field.setErrorMessage(violation.getMessage());
        field.setInvalid(true);
      }
    }
    return allPlaced;
  }

  /** A business refusal: under {@code field} when given, else in a notification. */
  public void show(String text, String field) {
    clear();
    HasValidation target = field == null ? null : fields.get(field);
    if (target == null) {
      notify(text);
    } else {
      target.setErrorMessage(text);
      target.setInvalid(true);
    }
  }

  public static void notify(String text) {
    Notification notification = Notification.show(text, 6000, Notification.Position.MIDDLE);
    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
  }

  public static String messageOf(com.vaadin.flow.component.Component source, TeiaException e) {
    return source.getTranslation(e.messageKey(), e.arguments());
  }

  private static String lastNode(Path path) {
    String last = null;
    for (Path.Node node : path) {
      last = node.getName();
    }
    return last;
  }
}
