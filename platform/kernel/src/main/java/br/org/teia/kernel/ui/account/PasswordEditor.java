package br.org.teia.kernel.ui.account;

import br.org.teia.kernel.account.PasswordChange;
import br.org.teia.kernel.account.PasswordPolicy;
import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.textfield.PasswordField;

/** "Minha conta": the current password and the new one twice. */
public class PasswordEditor extends EditorForm<PasswordChange> {

  final PasswordField current = new PasswordField();
  final PasswordField password = new PasswordField();
  final PasswordField confirmation = new PasswordField();

  public PasswordEditor() {
    super(PasswordChange.class, "account.password.save", "account.cancel");
    saveButton().setId("account-password-save");
    current.setLabel(getTranslation("account.password.current"));
    current.setId("account-password-current");
    current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
    NewPasswordEditor.newPasswordFields(this, password, confirmation, "account-password");
    binder.forField(current).bind("current");
    binder.forField(password).bind("password");
    binder.forField(confirmation).bind("confirmation");
    refusalsShownOn("confirmed", confirmation);
    add(current, password, confirmation);
  }

  /** Empty fields (after a change, or to start). */
  public void clear() {
    edit(new PasswordChange(null, null, null));
  }

  static String policyHelp(EditorForm<?> form) {
    return form.getTranslation("account.password.policy", PasswordPolicy.MIN_LENGTH);
  }
}
