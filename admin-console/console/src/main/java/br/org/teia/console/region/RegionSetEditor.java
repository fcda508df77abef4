package br.org.teia.console.region;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** A region set's name and state; the state of a recorded set stays as it is (only the name changes). */
public class RegionSetEditor extends EditorForm<RegionSetForm> {

  final TextField name = new TextField();
  final Select<String> uf = new Select<>();

  public RegionSetEditor(List<String> states, boolean recorded) {
    super(RegionSetForm.class, "console.save", "console.cancel");
    saveButton().setId("region-set-save");
    name.setLabel(getTranslation("console.region-set.name"));
    name.setId("region-set-name");
    name.setMaxLength(120);
    name.setRequiredIndicatorVisible(true);
    uf.setLabel(getTranslation("console.member.uf"));
    uf.setId("region-set-uf");
    uf.setItems(states);
    binder.forField(name).bind("name");
    binder.forField(uf).bind("uf");
    add(name, uf);
    if (recorded) {
      uf.setReadOnly(true);
    }
  }

  /** A new set of Minas Gerais' municipalities, unnamed. */
  public static RegionSetForm blank() {
    return new RegionSetForm(null, "MG");
  }

  public static RegionSetForm of(RegionSetSummary set) {
    return new RegionSetForm(set.name(), set.uf());
  }

  @Override
  public void focusFirst() {
    name.focus();
  }
}
