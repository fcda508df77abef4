package br.org.teia.kernel.ui.form;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Supplier;

/**
 * The one way a view edits a record in a dialog: the {@link EditorForm} in the body, its cancel
 * and save buttons in the footer; on save the service is called, a refusal is shown on the form
 * (under its field when it names one), success is confirmed in a notification, the dialog closes
 * and the view refreshes what it shows.
 *
 * @param <T> the form record
 */
public class EditorDialog<T> extends Dialog {

  private final EditorForm<T> form;
  private final Runnable afterSave;

  public EditorDialog(String title, EditorForm<T> form, SaveAction<T> save, Runnable afterSave) {
    super(title);
    this.form = form;
    this.afterSave = afterSave;
    add(form);
    getFooter().add(form.cancelButton(), form.saveButton());
    form.addCancelListener(cancel -> close());
    form.addSaveListener(event -> {
      if (form.submit(event.value(), save)) {
        close();
        afterSave.run();
      }
    });
  }

  /**
   * Another way out of the dialog, first in the footer (delete, archive...): the service call's
   * confirmation in a notification, the dialog closed and the view refreshed; a refusal in a
   * notification, the dialog left open.
   */
  public Button addAction(String text, Supplier<String> action) {
    Button button = new Button(text, click -> run(action, null));
    getFooter().addComponentAsFirst(button);
    return button;
  }

  /**
   * As {@link #addAction}, asked first: a second dialog titled {@code text} puts {@code question}
   * and acts only on its own button (id {@code confirmId}).
   */
  public Button addConfirmedAction(String text, String question, String confirmId, Supplier<String> action) {
    Button button = new Button(text, click -> {
      Dialog confirm = new Dialog(text);
      confirm.add(new Paragraph(question));
      Button yes = new Button(text, yesClick -> run(action, confirm));
      yes.setId(confirmId);
      yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
      confirm.getFooter().add(new Button(getTranslation("ui.form.cancel"), no -> confirm.close()), yes);
      confirm.open();
    });
    getFooter().addComponentAsFirst(button);
    return button;
  }

  private void run(Supplier<String> action, Dialog confirm) {
    Actions.run(this, action, () -> {
      if (confirm != null) {
        confirm.close();
      }
      close();
      afterSave.run();
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
