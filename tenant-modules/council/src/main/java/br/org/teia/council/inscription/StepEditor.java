package br.org.teia.council.inscription;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;

/**
 * The form of the step an inscription stands at (all but the plenary's, which only reads the vote):
 * its date and text, for the commission's opinion also whether favourable, which commission and
 * who signed; and a button for each thing the secretary may do at that step. A button fires an
 * {@link ActEvent} with the record once it holds.
 */
public class StepEditor extends EditorForm<StepForm> {

  /** What the secretary does at a step. */
  public enum Act { ANALYSIS_DONE, VISIT_DONE, VISIT_SKIPPED, DILIGENCE, OPINION, PUBLISH, CERTIFY, NOTIFY }

  final DatePicker on = new DatePicker();
  final TextArea text = new TextArea();
  final RadioButtonGroup<Boolean> favourable = new RadioButtonGroup<>();
  final TextField commission = new TextField();
  final TextField signedBy = new TextField();

  public StepEditor(InscriptionStep step, LocalDate today) {
    super(StepForm.class, "council.ui.save", "council.ui.cancel");
    on.setLabel(getTranslation("council.ui.inscription-date"));
    on.setId("step-date");
    on.setMax(today);
    text.setId("step-text");
    text.setWidthFull();
    favourable.setLabel(getTranslation("council.ui.inscription-opinion-kind"));
    favourable.setId("step-favourable");
    favourable.setItems(Boolean.TRUE, Boolean.FALSE);
    favourable.setItemLabelGenerator(b -> getTranslation(b ? "council.ui.inscription-favourable"
        : "council.ui.inscription-unfavourable"));
    commission.setLabel(getTranslation("council.ui.inscription-commission"));
    commission.setId("step-commission");
    signedBy.setLabel(getTranslation("council.ui.inscription-signed-by"));
    signedBy.setId("step-signed-by");
    binder.forField(on).bind("on");
    binder.forField(text).bind("text");
    binder.forField(favourable).bind("favourable");
    binder.forField(commission).bind("commission");
    binder.forField(signedBy).bind("signedBy");
    setResponsiveSteps(new ResponsiveStep("0", 1));
    switch (step) {
      case DOCUMENTARY_ANALYSIS -> {
        text.setLabel(getTranslation("council.ui.inscription-analysis-text"));
        add(on, text, button("step-analysis-done", "council.ui.inscription-analysis-done", Act.ANALYSIS_DONE));
      }
      case TECHNICAL_VISIT -> {
        text.setLabel(getTranslation("council.ui.inscription-visit-report") + " / "
            + getTranslation("council.ui.inscription-reason"));
        add(on, text, new HorizontalLayout(
            button("step-visit-done", "council.ui.inscription-visit-done", Act.VISIT_DONE),
            button("step-visit-skip", "council.ui.inscription-visit-skip", Act.VISIT_SKIPPED),
            diligence()));
      }
      case COMMISSION_OPINION -> {
        text.setLabel(getTranslation("council.ui.inscription-opinion-text"));
        Button opinion = button("step-opinion", "council.ui.inscription-opinion", Act.OPINION);
        opinion.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(on, favourable, new HorizontalLayout(commission, signedBy), text, new HorizontalLayout(opinion, diligence()));
      }
      case PUBLICATION -> {
        text.setLabel(getTranslation("council.ui.inscription-publication"));
        add(on, text, button("step-publish", "council.ui.inscription-publish", Act.PUBLISH));
      }
      case CERTIFICATE -> add(on, button("step-certify", "council.ui.inscription-certify", Act.CERTIFY));
      case NOTIFICATION -> {
        text.setLabel(getTranslation("council.ui.inscription-notification-text"));
        add(on, text, button("step-notify", "council.ui.inscription-notify", Act.NOTIFY));
      }
      case PLENARY_DELIBERATION, COMPLETED -> throw new IllegalArgumentException("no form at step " + step);
    }
  }

  /** Today, nothing written. */
  public static StepForm blank(LocalDate today) {
    return StepForm.on(today, null);
  }

  /** The commission's opinion, today, offered as given by {@code commission} and signed by {@code signedBy}. */
  public static StepForm opinion(LocalDate today, String commission, String signedBy) {
    return new StepForm(today, null, null, commission, signedBy);
  }

  private Button diligence() {
    return button("step-diligence", "council.ui.inscription-diligence", Act.DILIGENCE);
  }

  private Button button(String id, String labelKey, Act act) {
    Button button = new Button(getTranslation(labelKey), click -> valid().ifPresent(value ->
        fireEvent(new ActEvent(this, act, value))));
    button.setId(id);
    return button;
  }

  public Registration addActListener(ComponentEventListener<ActEvent> listener) {
    return addListener(ActEvent.class, listener);
  }

  /** The secretary did {@code act} with a record that holds. */
  public static final class ActEvent extends ComponentEvent<StepEditor> {
    private final Act act;
    private final StepForm value;

    ActEvent(StepEditor source, Act act, StepForm value) {
      super(source, false);
      this.act = act;
      this.value = value;
    }

    public Act act() {
      return act;
    }

    public StepForm value() {
      return value;
    }
  }
}
