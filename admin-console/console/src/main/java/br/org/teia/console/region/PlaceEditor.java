package br.org.teia.console.region;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.textfield.TextField;

/** Places a municipality, by IBGE code, in the region chosen; what the service refuses is said under the code. */
public class PlaceEditor extends EditorForm<PlaceForm> {

  final TextField code = new TextField();

  public PlaceEditor() {
    super(PlaceForm.class, "console.region.place", "console.cancel");
    saveButton().setId("region-place");
    saveButton().removeThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
    code.setLabel(getTranslation("console.region.place-code"));
    code.setId("region-place-code");
    code.setMaxLength(7);
    binder.forField(code).bind("ibgeCode");
    otherRefusalsShownOn(code);
    add(code, saveButton());
    edit(blank());
  }

  public static PlaceForm blank() {
    return new PlaceForm(null);
  }
}
