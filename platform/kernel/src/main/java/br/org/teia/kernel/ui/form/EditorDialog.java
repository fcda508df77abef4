package br.org.teia.kernel.ui.form;

import br.org.teia.kernel.TeiaException;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import jakarta.validation.ConstraintViolationException;

/**
 * The one way a view edits a record in a dialog: the {@link EditorForm} in the body, its cancel
 * and save buttons in the footer; on save the service is called, a refusal is shown on the form
 * (under its field when it names one), success is confirmed in a notification, the dialog closes
 * and the view refreshes what it shows.
 *
 * @param <T> the form record
 */
public class EditorDialog<T> extends Dialog {

  /** Saves the record and answers the text that confirms it (e.g. "Unidade X salva."). */
  @FunctionalInterface
  public interface Save<T> {
    String save(T value);
  }

  private final EditorForm<T> form;

  public EditorDialog(String title, EditorForm<T> form, Save<T> save, Runnable afterSave) {
    super(title);
    this.form = form;
    add(form);
    getFooter().add(form.cancelButton(), form.saveButton());
    form.addCancelListener(cancel -> close());
    form.addSaveListener(event -> {
      try {
        String confirmation = save.save(event.value());
        Notification.show(confirmation);
        close();
        afterSave.run();
      } catch (ConstraintViolationException invalid) {
        form.showViolations(invalid);
      } catch (TeiaException refusal) {
        form.showRefusal(refusal);
      }
    });
  }

  /** Opens the dialog on {@code value} (a blank record for a new one). */
  public EditorDialog<T> open(T value) {
    form.edit(value);
    open();
    form.focusFirst();
    return this;
  }

  public EditorForm<T> form() {
    return form;
  }
}
