package br.org.teia.structure.workforce;

import br.org.teia.kernel.suas.Cpf;
import br.org.teia.kernel.ui.form.Actions;
import br.org.teia.kernel.ui.form.CpfText;
import br.org.teia.kernel.ui.form.EditorForm;
import br.org.teia.structure.unit.UnitSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The worker form. A new worker needs a CPF; a recorded one shows it masked, and whole only on
 * "Mostrar CPF" (each time audited by the service); leaving it blank keeps the recorded one.
 */
public class WorkerEditor extends EditorForm<WorkerForm> {

  final TextField name = new TextField();
  final TextField cpf = new TextField();
  final Button showCpf = new Button();
  final ComboBox<Profession> profession = new ComboBox<>();
  final Select<EducationLevel> education = new Select<>();
  final Select<EmploymentBond> bond = new Select<>();
  final IntegerField hours = new IntegerField();
  final ComboBox<UnitSummary> unit = new ComboBox<>();
  final Checkbox coordinator = new Checkbox();

  public WorkerEditor(List<UnitSummary> units) {
    super(WorkerForm.class, "structure.worker.save", "structure.worker.cancel");
    saveButton().setId("worker-save");
    name.setLabel(getTranslation("structure.worker.name"));
    name.setId("worker-name");
    name.setRequiredIndicatorVisible(true);
    name.setMaxLength(120);
    cpf.setLabel(getTranslation("structure.worker.cpf"));
    cpf.setId("worker-cpf");
    cpf.setRequiredIndicatorVisible(true);
    CpfText.shape(cpf);
    showCpf.setText(getTranslation("structure.worker.cpf.show"));
    showCpf.setIcon(VaadinIcon.EYE.create());
    showCpf.setId("worker-cpf-show");
    showCpf.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    showCpf.setVisible(false);
    profession.setLabel(getTranslation("structure.worker.profession"));
    profession.setId("worker-profession");
    profession.setItems(Profession.values());
    profession.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
    profession.setRequiredIndicatorVisible(true);
    education.setLabel(getTranslation("structure.worker.education"));
    education.setId("worker-education");
    education.setItems(EducationLevel.values());
    education.setItemLabelGenerator(e -> e == null ? "" : getTranslation(e.labelKey()));
    education.setRequiredIndicatorVisible(true);
    bond.setLabel(getTranslation("structure.worker.bond"));
    bond.setId("worker-bond");
    bond.setItems(EmploymentBond.values());
    bond.setItemLabelGenerator(b -> b == null ? "" : getTranslation(b.labelKey()));
    bond.setRequiredIndicatorVisible(true);
    hours.setLabel(getTranslation("structure.worker.hours"));
    hours.setId("worker-hours");
    hours.setMin(1);
    hours.setMax(60);
    hours.setHelperText(getTranslation("structure.worker.hours.help"));
    unit.setLabel(getTranslation("structure.worker.unit"));
    unit.setId("worker-unit");
    unit.setItems(units);
    unit.setItemLabelGenerator(UnitSummary::name);
    unit.setRequiredIndicatorVisible(true);
    coordinator.setLabel(getTranslation("structure.worker.coordinator.label"));
    coordinator.setId("worker-coordinator");

    // Choosing a profession proposes the schooling it needs, unless a sufficient one is chosen already.
    profession.addValueChangeListener(e -> {
      Profession chosen = e.getValue();
      if (chosen != null && (education.getValue() == null || !education.getValue().atLeast(chosen.minimumEducation()))) {
        education.setValue(chosen.usualEducation());
      }
    });

    Map<UUID, UnitSummary> unitById = units.stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    binder.forField(name).bind("name");
    // validated as the record holds it (digits only), as the service does
    binder.forField(cpf).withConverter(Cpf::normalize, text -> text).bind("cpf");
    binder.forField(profession).bind("profession");
    binder.forField(education).bind("educationLevel");
    binder.forField(bond).bind("bond");
    binder.forField(hours).bind("weeklyHours");
    binder.forField(unit).withConverter(u -> u == null ? null : u.id(), unitById::get).bind("unitId");
    binder.forField(coordinator).bind("coordinator");
    refusalsShownOn("educationSufficient", education);

    HorizontalLayout cpfRow = new HorizontalLayout(cpf, showCpf);
    cpfRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    add(name, cpfRow, profession, education, bond, hours, unit, coordinator);
    setColspan(name, 2);
  }

  /** What a new worker starts from: a permanent (efetivo) bond, {@code hours} a week, in {@code unit}. */
  public static WorkerForm blank(int hours, UUID unit) {
    return new WorkerForm(null, null, null, null, EmploymentBond.EFETIVO, hours, unit, false);
  }

  /**
   * For a recorded worker: the CPF optional (blank keeps it), shown masked, and whole on demand
   * through {@code reveal}.
   */
  public void recorded(String maskedCpf, Supplier<String> reveal) {
    cpf.setRequiredIndicatorVisible(false);
    cpf.setPlaceholder(maskedCpf);
    cpf.setHelperText(getTranslation("structure.worker.cpf.keep"));
    showCpf.setVisible(true);
    showCpf.addClickListener(click -> Actions.run(this, () -> {
      cpf.setValue(reveal.get());
      return null;
    }, () -> showCpf.setEnabled(false)));
  }

  @Override
  public void focusFirst() {
    name.focus();
  }
}
