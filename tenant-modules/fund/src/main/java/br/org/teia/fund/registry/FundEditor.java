package br.org.teia.fund.registry;

import br.org.teia.kernel.suas.Cnpj;
import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;

/** The fund's registry form: name, CNPJ (shown as people write it), managing body, ordenador de despesa, law. */
public class FundEditor extends EditorForm<FundForm> {

  final TextField name = new TextField();
  final TextField cnpj = new TextField();
  final TextField managingBody = new TextField();
  final TextField ordinator = new TextField();
  final TextField ordinatorPosition = new TextField();
  final TextField lawNumber = new TextField();
  final DatePicker lawDate = new DatePicker();

  public FundEditor() {
    super(FundForm.class, "fund.registry.save", "ui.form.cancel");
    saveButton().setId("fund-save");
    label(name, "fund.registry.name", "fund-name", true);
    label(cnpj, "fund.registry.cnpj", "fund-cnpj", true);
    cnpj.setPlaceholder("00.000.000/0000-00");
    label(managingBody, "fund.registry.managing-body", "fund-managing-body", true);
    label(ordinator, "fund.registry.ordinator", "fund-ordinator", true);
    ordinator.setHelperText(getTranslation("fund.registry.ordinator.help"));
    label(ordinatorPosition, "fund.registry.ordinator-position", "fund-ordinator-position", false);
    label(lawNumber, "fund.registry.law-number", "fund-law-number", true);
    lawDate.setLabel(getTranslation("fund.registry.law-date"));
    lawDate.setId("fund-law-date");

    binder.forField(name).bind("name");
    // validated as the record holds it (digits only), shown as people write it
    binder.forField(cnpj).withConverter(Cnpj::strip, Cnpj::format).bind("cnpj");
    binder.forField(managingBody).bind("managingBody");
    binder.forField(ordinator).bind("ordinatorName");
    binder.forField(ordinatorPosition).bind("ordinatorPosition");
    binder.forField(lawNumber).bind("lawNumber");
    binder.forField(lawDate).bind("lawDate");

    add(name, cnpj, managingBody, ordinator, ordinatorPosition, lawNumber, lawDate);
    setColspan(name, 2);
    setColspan(managingBody, 2);
  }

  private void label(TextField field, String key, String id, boolean required) {
    field.setLabel(getTranslation(key));
    field.setId(id);
    field.setRequiredIndicatorVisible(required);
  }
}
