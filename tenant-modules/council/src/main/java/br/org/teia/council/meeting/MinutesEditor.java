package br.org.teia.council.meeting;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.textfield.TextArea;

/** A held meeting's minutes: the text and the button that saves the draft (read-only once approved). */
public class MinutesEditor extends EditorForm<MinutesForm> {

  final TextArea text = new TextArea();

  public MinutesEditor() {
    super(MinutesForm.class, "council.ui.minutes-save", "council.ui.cancel");
    saveButton().setId("minutes-save");
    saveButton().removeThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
    text.setId("minutes-text");
    text.setLabel(getTranslation("council.ui.minutes-text"));
    text.setWidthFull();
    text.setMinHeight("10em");
    binder.forField(text).bind("text");
    setResponsiveSteps(new ResponsiveStep("0", 1));
    add(text, saveButton());
  }

  /** What {@code minutes} say so far (none: an empty text). */
  public static MinutesForm of(MinutesSummary minutes) {
    return new MinutesForm(minutes == null ? null : minutes.text());
  }
}
