package br.org.teia.kernel.ui.account;

import br.org.teia.kernel.account.NewPassword;
import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;

/** A new password typed twice, on the page of a reset link. */
public class NewPasswordEditor extends EditorForm<NewPassword> {

  final PasswordField password = new PasswordField();
  final PasswordField confirmation = new PasswordField();

  public NewPasswordEditor() {
    super(NewPassword.class, "account.reset.save", "account.cancel");
    saveButton().setId("reset-save");
    newPasswordFields(this, password, confirmation, "reset");
    binder.forField(password).bind("password");
    binder.forField(confirmation).bind("confirmation");
    refusalsShownOn("confirmed", confirmation);
    add(password, confirmation);
  }

  /** The new password and its confirmation, labelled, with the policy under the first. */
  static void newPasswordFields(EditorForm<?> form, PasswordField password, PasswordField confirmation, String idPrefix) {
    password.setLabel(form.getTranslation("account.password.new"));
    password.setId(idPrefix + "-new");
    password.setHelperText(PasswordEditor.policyHelp(form));
    password.setAutocomplete(Autocomplete.NEW_PASSWORD);
    confirmation.setLabel(form.getTranslation("account.password.confirmation"));
    confirmation.setId(idPrefix + "-confirmation");
    confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
  }
}
