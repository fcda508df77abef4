package br.org.teia.training.enrolment;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

/** Someone from outside Teia the staff enrol: name, CPF, e-mail, the municipality they come for (IBGE code). */
public class OutsideParticipantEditor extends EditorForm<OutsideParticipantForm> {

  final TextField name = new TextField();
  final TextField cpf = new TextField();
  final EmailField email = new EmailField();
  final TextField ibgeCode = new TextField();

  public OutsideParticipantEditor() {
    super(OutsideParticipantForm.class, "training.enrolment.enrol", "training.close");
    saveButton().setId("outside-save");
    cancelButton().setId("outside-close");
    name.setLabel(getTranslation("training.participant.name"));
    name.setId("outside-name");
    cpf.setLabel(getTranslation("training.participant.cpf"));
    cpf.setId("outside-cpf");
    email.setLabel(getTranslation("training.participant.email"));
    email.setId("outside-email");
    email.setHelperText(getTranslation("training.participant.email.help"));
    ibgeCode.setLabel(getTranslation("training.participant.municipality"));
    ibgeCode.setId("outside-ibge");
    ibgeCode.setHelperText(getTranslation("training.participant.municipality.help"));
    binder.forField(name).bind("name");
    binder.forField(cpf).bind("cpf");
    binder.forField(email).bind("email");
    binder.forField(ibgeCode).bind("ibgeCode");
    add(name, cpf, email, ibgeCode);
  }

  @Override
  public void focusFirst() {
    name.focus();
  }
}
