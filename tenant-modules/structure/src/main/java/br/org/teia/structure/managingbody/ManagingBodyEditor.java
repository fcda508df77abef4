package br.org.teia.structure.managingbody;

import br.org.teia.kernel.suas.SizeClass;
import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** The managing body form; the size class follows the population as it is typed. */
public class ManagingBodyEditor extends EditorForm<ManagingBodyForm> {

  final TextField secretariat = new TextField();
  final TextField cnpj = new TextField();
  final TextField manager = new TextField();
  final TextField lawNumber = new TextField();
  final DatePicker lawDate = new DatePicker();
  final TextField lawUrl = new TextField();
  final IntegerField population = new IntegerField();
  final TextField sizeClass = new TextField();
  final Select<SuasManagementLevel> managementLevel = new Select<>();

  public ManagingBodyEditor() {
    super(ManagingBodyForm.class, "structure.managing-body.save", "ui.form.cancel");
    saveButton().setId("managing-body-save");
    label(secretariat, "structure.managing-body.secretariat", "managing-body-secretariat", true);
    label(cnpj, "structure.managing-body.cnpj", "managing-body-cnpj", true);
    cnpj.setPlaceholder("00.000.000/0000-00");
    label(manager, "structure.managing-body.manager", "managing-body-manager", true);
    label(lawNumber, "structure.managing-body.law-number", "managing-body-law-number", false);
    lawDate.setLabel(getTranslation("structure.managing-body.law-date"));
    lawDate.setId("managing-body-law-date");
    label(lawUrl, "structure.managing-body.law-url", "managing-body-law-url", false);
    lawUrl.setPlaceholder("https://");
    population.setLabel(getTranslation("structure.managing-body.population"));
    population.setId("managing-body-population");
    population.setRequiredIndicatorVisible(true);
    population.setMin(1);
    population.addValueChangeListener(e -> showSizeClass(e.getValue()));
    sizeClass.setLabel(getTranslation("structure.managing-body.size-class"));
    sizeClass.setId("managing-body-size-class");
    sizeClass.setReadOnly(true);
    sizeClass.setHelperText(getTranslation("structure.managing-body.size-class.help"));
    managementLevel.setLabel(getTranslation("structure.managing-body.management-level"));
    managementLevel.setId("managing-body-management-level");
    managementLevel.setItems(SuasManagementLevel.values());
    managementLevel.setEmptySelectionAllowed(true);
    managementLevel.setEmptySelectionCaption(getTranslation("structure.management-level.none"));
    managementLevel.setItemLabelGenerator(level -> level == null ? getTranslation("structure.management-level.none")
        : getTranslation(level.labelKey()));
    managementLevel.setHelperText(getTranslation("structure.managing-body.management-level.help"));

    binder.forField(secretariat).bind("secretariatName");
    // validated as the record holds it (no punctuation, capitals), shown as people write it
    binder.forField(cnpj).withConverter(ManagingBodyForm::compactCnpj, ManagingBodySummary::formatCnpj)
        .bind("fundCnpj");
    binder.forField(manager).bind("managerName");
    binder.forField(lawNumber).bind("suasLawNumber");
    binder.forField(lawDate).bind("suasLawDate");
    binder.forField(lawUrl).bind("suasLawUrl");
    binder.forField(population).bind("population");
    binder.forField(managementLevel).bind("suasManagementLevel");

    add(secretariat, cnpj, manager, population, sizeClass, managementLevel, lawNumber, lawDate, lawUrl);
    setColspan(secretariat, 2);
    setColspan(lawUrl, 2);
  }

  private void showSizeClass(Integer inhabitants) {
    sizeClass.setValue(inhabitants == null || inhabitants <= 0 ? "" : getTranslation(SizeClass.of(inhabitants).labelKey()));
  }

  private void label(TextField field, String key, String id, boolean required) {
    field.setLabel(getTranslation(key));
    field.setId(id);
    field.setRequiredIndicatorVisible(required);
  }
}
