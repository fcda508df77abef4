package br.org.teia.council.conference;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/** A deliberation the conference approved: its text as approved and whom it is addressed to. */
public class DeliberationEditor extends EditorForm<DeliberationForm> {

  final TextArea text = new TextArea();
  final Select<DeliberationScope> scope = new Select<>();

  public DeliberationEditor() {
    super(DeliberationForm.class, "council.ui.save", "council.ui.cancel");
    saveButton().setId("deliberation-save");
    text.setLabel(getTranslation("council.conference.ui.deliberation"));
    text.setId("deliberation-text");
    scope.setId("deliberation-scope");
    scope.setLabel(getTranslation("council.conference.ui.scope"));
    scope.setItems(DeliberationScope.values());
    scope.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
    binder.forField(text).bind("text");
    binder.forField(scope).bind("scope");
    add(text, scope);
  }

  /** A deliberation addressed to the municipality, not yet written. */
  public static DeliberationForm blank() {
    return new DeliberationForm(null, DeliberationScope.MUNICIPAL);
  }

  @Override
  public void focusFirst() {
    text.focus();
  }
}
