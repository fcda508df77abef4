package br.org.teia.fund.statement;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The demonstrativo's notes bound like every other form: the record's own size rule speaks under the
 * field in Portuguese before the service is called. Its save button sits with the panel's other buttons.
 */
public class StatementNotesEditor extends EditorForm<StatementNotesForm> {

  final TextArea notes = new TextArea();

  public StatementNotesEditor() {
    super(StatementNotesForm.class, "fund.statement.save", "ui.form.cancel");
    saveButton().setId("fund-statement-save");
    saveButton().removeThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY); // send is the primary action
    notes.setId("fund-statement-notes");
    notes.setLabel(getTranslation("fund.statement.notes"));
    notes.setWidthFull();
    binder.forField(notes).withNullRepresentation("").bind("notes");
    add(notes);
    setColspan(notes, 2);
  }
}
