package br.org.teia.council.inscription;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;

/** A request for inscription: what is inscribed, the entity's CNPJ and name, the date received, the services. */
public class InscriptionEditor extends EditorForm<InscriptionForm> {

  final Select<InscriptionKind> kind = new Select<>();
  final TextField cnpj = new TextField();
  final TextField entityName = new TextField();
  final TextArea services = new TextArea();
  final DatePicker requestedOn = new DatePicker();

  public InscriptionEditor(LocalDate today) {
    super(InscriptionForm.class, "council.ui.inscription-new", "council.ui.cancel");
    saveButton().setId("inscription-save");
    kind.setId("inscription-kind");
    kind.setLabel(getTranslation("council.ui.inscription-kind"));
    kind.setItems(InscriptionKind.values());
    kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.labelKey()));
    cnpj.setLabel(getTranslation("council.ui.inscription-cnpj"));
    cnpj.setId("inscription-cnpj");
    cnpj.setRequiredIndicatorVisible(true);
    entityName.setLabel(getTranslation("council.ui.inscription-entity"));
    entityName.setId("inscription-entity");
    entityName.setRequiredIndicatorVisible(true);
    services.setLabel(getTranslation("council.ui.inscription-services"));
    services.setId("inscription-services");
    requestedOn.setLabel(getTranslation("council.ui.inscription-requested-on"));
    requestedOn.setId("inscription-requested-on");
    requestedOn.setMax(today);
    binder.forField(kind).bind("kind");
    binder.forField(cnpj).bind("cnpj");
    binder.forField(entityName).bind("entityName");
    binder.forField(services).bind("services");
    binder.forField(requestedOn).bind("requestedOn");
    add(kind, cnpj, entityName, requestedOn, services);
  }

  /** An inscription of the entity, received today. */
  public static InscriptionForm blank(LocalDate today) {
    return new InscriptionForm(InscriptionKind.ENTITY, null, null, null, today);
  }

  @Override
  public void focusFirst() {
    cnpj.focus();
  }
}
