package br.org.teia.council.commission;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** A new commission of a council: its kind and name. */
public class CommissionEditor extends EditorForm<CommissionForm> {

  final Select<CommissionKind> kind = new Select<>();
  final TextField name = new TextField();

  public CommissionEditor() {
    super(CommissionForm.class, "council.ui.save", "council.ui.cancel");
    saveButton().setId("commission-save");
    kind.setId("commission-kind");
    kind.setLabel(getTranslation("council.ui.commission-kind"));
    kind.setItems(CommissionKind.values());
    kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
    name.setLabel(getTranslation("council.ui.commission-name"));
    name.setId("commission-name");
    binder.forField(kind).bind("kind");
    binder.forField(name).bind("name");
    add(kind, name);
  }

  /** A thematic commission, unnamed. */
  public static CommissionForm blank() {
    return new CommissionForm(CommissionKind.THEMATIC, null);
  }
}
