package br.org.teia.kernel.ui.account;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.textfield.TextField;

/** "Esqueci minha senha": one field, the e-mail. */
public class ResetRequestEditor extends EditorForm<ResetRequest> {

  final TextField email = new TextField();

  public ResetRequestEditor() {
    super(ResetRequest.class, "account.forgot.send", "account.cancel");
    saveButton().setId("forgot-send");
    email.setLabel(getTranslation("account.email"));
    email.setId("forgot-email");
    email.setRequiredIndicatorVisible(true);
    email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
    binder.forField(email).bind("email");
    otherRefusalsShownOn(email);
    add(email);
    edit(new ResetRequest(null));
  }
}
