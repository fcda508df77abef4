package br.org.teia.council.meeting;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** An item added to a scheduled meeting's agenda: title and description, with its add button. */
public class AgendaItemEditor extends EditorForm<AgendaItemForm> {

  final TextField title = new TextField();
  final TextArea description = new TextArea();

  public AgendaItemEditor() {
    super(AgendaItemForm.class, "council.ui.agenda-add", "council.ui.cancel");
    saveButton().setId("agenda-add");
    saveButton().removeThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
    title.setLabel(getTranslation("council.ui.agenda-item"));
    title.setId("agenda-title");
    title.setWidth("30em");
    description.setLabel(getTranslation("council.ui.agenda-description"));
    description.setId("agenda-description");
    binder.forField(title).bind("title");
    binder.forField(description).bind("description");
    add(title, description, saveButton());
  }

  public static AgendaItemForm blank() {
    return new AgendaItemForm(null, null);
  }
}
