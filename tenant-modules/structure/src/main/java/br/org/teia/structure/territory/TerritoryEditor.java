package br.org.teia.structure.territory;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The territory form: name, estimated families, neighbourhoods and vulnerability notes. */
public class TerritoryEditor extends EditorForm<TerritoryForm> {

  final TextField name = new TextField();
  final TextArea neighbourhoods = new TextArea();
  final IntegerField families = new IntegerField();
  final TextArea notes = new TextArea();

  public TerritoryEditor() {
    super(TerritoryForm.class, "structure.territory.save", "structure.territory.cancel");
    saveButton().setId("territory-save");
    name.setLabel(getTranslation("structure.territory.name"));
    name.setId("territory-name");
    name.setRequiredIndicatorVisible(true);
    name.setMaxLength(120);
    neighbourhoods.setLabel(getTranslation("structure.territory.neighbourhoods"));
    families.setLabel(getTranslation("structure.territory.families"));
    families.setId("territory-families");
    families.setMin(0);
    notes.setLabel(getTranslation("structure.territory.notes"));
    binder.forField(name).bind("name");
    binder.forField(neighbourhoods).bind("neighbourhoods");
    binder.forField(families).bind("estimatedFamilies");
    binder.forField(notes).bind("vulnerabilityNotes");
    add(name, families, neighbourhoods, notes);
  }

  public static TerritoryForm blank() {
    return new TerritoryForm(null, null, null, null);
  }

  static TerritoryForm of(TerritorySummary territory) {
    return new TerritoryForm(territory.name(), territory.neighbourhoods(), territory.estimatedFamilies(),
        territory.vulnerabilityNotes());
  }

  @Override
  public void focusFirst() {
    name.focus();
  }
}
