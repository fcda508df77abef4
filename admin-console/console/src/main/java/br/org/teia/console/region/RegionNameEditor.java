package br.org.teia.console.region;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A region's name: added to the set shown (the field and its button in a row) or changed in a
 * dialog. Whatever the service refuses (a name taken in the set) is said under the name.
 */
public class RegionNameEditor extends EditorForm<RegionName> {

  final TextField name = new TextField();

  private RegionNameEditor(boolean adding) {
    super(RegionName.class, adding ? "console.region.add" : "console.save", "console.cancel");
    name.setLabel(getTranslation(adding ? "console.region.new-name" : "console.region.name"));
    name.setId(adding ? "region-new-name" : "region-rename-name");
    saveButton().setId(adding ? "region-add" : "region-rename-save");
    binder.forField(name).bind("name");
    otherRefusalsShownOn(name);
    add(name);
  }

  /** The row that adds a region to the set shown: the name and its button. */
  public static RegionNameEditor adding() {
    RegionNameEditor form = new RegionNameEditor(true);
    form.saveButton().removeThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
    form.add(form.saveButton());
    form.edit(new RegionName(null));
    return form;
  }

  /** A region's name to change, in a dialog (which holds the buttons). */
  public static RegionNameEditor renaming() {
    return new RegionNameEditor(false);
  }

  @Override
  public void focusFirst() {
    name.focus();
  }
}
