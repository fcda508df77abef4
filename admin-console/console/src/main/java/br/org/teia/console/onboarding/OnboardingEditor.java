package br.org.teia.console.onboarding;

import br.org.teia.console.csv.RowErrorsDisplay;
import br.org.teia.console.csv.RowErrorsException;
import br.org.teia.console.onboarding.OnboardingView.Mode;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;

/**
 * The request to onboard: one municipality, a list of IBGE codes or a whole state, and the start
 * button. A refused list is shown whole under the form, each wrong line with its reason (the list
 * field saying that nothing was saved); a refused single code is said under the code.
 */
public class OnboardingEditor extends EditorForm<OnboardingRequest> {

  final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
  final TextField code = new TextField();
  final TextArea codes = new TextArea();
  final Select<String> uf = new Select<>();
  final VerticalLayout errors = new VerticalLayout();

  public OnboardingEditor() {
    super(OnboardingRequest.class, "console.onboarding.start", "console.cancel");
    saveButton().setId("onboarding-start");
    mode.setLabel(getTranslation("console.onboarding.mode"));
    mode.setId("onboarding-mode");
    mode.setItems(Mode.values());
    mode.setItemLabelGenerator(m -> getTranslation("console.onboarding.mode." + m.name()));
    code.setLabel(getTranslation("console.onboarding.code"));
    code.setId("onboarding-code");
    code.setHelperText(getTranslation("console.onboarding.code.help"));
    code.setMaxLength(7);
    codes.setLabel(getTranslation("console.onboarding.codes"));
    codes.setId("onboarding-codes");
    codes.setHelperText(getTranslation("console.onboarding.codes.help"));
    codes.setWidth("32em");
    uf.setLabel(getTranslation("console.onboarding.uf"));
    uf.setId("onboarding-uf");
    uf.setItems(OnboardingJobService.states());
    errors.setId("onboarding-errors");
    errors.setPadding(false);
    errors.setSpacing(false);
    mode.addValueChangeListener(e -> showMode());
    binder.forField(mode).bind("mode");
    binder.forField(code).bind("code");
    binder.forField(codes).bind("codes");
    binder.forField(uf).bind("uf");
    HorizontalLayout request = new HorizontalLayout(code, codes, uf, saveButton());
    request.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    setResponsiveSteps(new ResponsiveStep("0", 1));
    add(mode, request, errors);
    edit(blank());
  }

  /** One municipality of Minas Gerais, not yet typed. */
  public static OnboardingRequest blank() {
    return new OnboardingRequest(Mode.ONE, null, null, "MG");
  }

  /** After a start: the same way of asking, the typed codes cleared. */
  public static OnboardingRequest after(OnboardingRequest started) {
    return new OnboardingRequest(started.mode(), null, null, started.uf());
  }

  /** A request shown anew: the lines of an earlier refusal go. */
  @Override
  public void edit(OnboardingRequest value) {
    super.edit(value);
    errors.removeAll();
  }

  @Override
  protected Optional<OnboardingRequest> valid() {
    errors.removeAll();
    return super.valid();
  }

  @Override
  public void showRefusal(TeiaException refusal) {
    errors.removeAll();
    if (!(refusal instanceof RowErrorsException rows)) {
      super.showRefusal(refusal);
    } else if (mode.getValue() == Mode.ONE && rows.errors().size() <= 1) {
      super.showRefusal(RowErrorsDisplay.onlyLine(rows)); // under the code
    } else {
      if (mode.getValue() == Mode.LIST) {
        super.showRefusal(rows); // under the typed list: nothing was saved
      }
      RowErrorsDisplay.show(errors, rows);
    }
  }

  private void showMode() {
    code.setVisible(mode.getValue() == Mode.ONE);
    codes.setVisible(mode.getValue() == Mode.LIST);
    uf.setVisible(mode.getValue() == Mode.STATE);
    errors.removeAll();
    code.setInvalid(false);
    codes.setInvalid(false);
    otherRefusalsShownOn(mode.getValue() == Mode.ONE ? code : mode.getValue() == Mode.LIST ? codes : null);
  }

  @Override
  public void focusFirst() {
    code.focus();
  }
}
