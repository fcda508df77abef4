package br.org.teia.council;

import br.org.teia.kernel.ui.form.Actions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.function.Supplier;

/**
 * A public act of the council (publishing an agenda or a resolution) or a step a secretary should
 * not take by a slip (recording a meeting in the past): asked first in one dialog shape, titled and
 * confirmed by the act's own words, done only on its confirm button.
 */
public final class PublicAct {

  private PublicAct() {
  }

  /**
   * Opens the question; on confirm runs {@code act} (its answer in a notification, a refusal in a
   * notification) and then {@code after}.
   */
  public static ConfirmDialog confirm(Component owner, String id, String actKey, String questionKey, Supplier<String> act,
      Runnable after, Object... questionArguments) {
    ConfirmDialog confirm = new ConfirmDialog(owner.getTranslation(actKey),
        owner.getTranslation(questionKey, questionArguments), owner.getTranslation(actKey),
        event -> Actions.run(owner, act, after));
    confirm.setId(id);
    confirm.setCancelable(true);
    confirm.setCancelText(owner.getTranslation("council.ui.cancel"));
    confirm.open();
    return confirm;
  }
}
