package br.org.teia.training.catalogue;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A class of a course: name, place or link, instructor, seats and the cap per municipality, the
 * enrolment window, and the regions and municipalities (IBGE codes) it is open to.
 */
public class ClassEditor extends EditorForm<ClassForm> {

  final TextField name = new TextField();
  final TextField place = new TextField();
  final TextField instructor = new TextField();
  final IntegerField capacity = new IntegerField();
  final IntegerField municipalityCap = new IntegerField();
  final DatePicker opens = new DatePicker();
  final DatePicker closes = new DatePicker();
  final MultiSelectComboBox<RegionOption> regions = new MultiSelectComboBox<>();
  final TextField municipalities = new TextField();

  public ClassEditor(List<RegionOption> regionOptions, Locale locale) {
    super(ClassForm.class, "training.save", "training.close");
    saveButton().setId("class-save");
    cancelButton().setId("class-close");
    name.setLabel(getTranslation("training.class.name"));
    name.setId("class-name");
    place.setLabel(getTranslation("training.class.place"));
    place.setId("class-place");
    place.setHelperText(getTranslation("training.class.place.help"));
    instructor.setLabel(getTranslation("training.class.instructor"));
    instructor.setId("class-instructor");
    capacity.setLabel(getTranslation("training.class.capacity"));
    capacity.setId("class-capacity");
    municipalityCap.setLabel(getTranslation("training.class.cap"));
    municipalityCap.setId("class-cap");
    municipalityCap.setHelperText(getTranslation("training.class.cap.help"));
    opens.setLabel(getTranslation("training.class.opens"));
    opens.setId("class-opens");
    opens.setLocale(locale);
    closes.setLabel(getTranslation("training.class.closes"));
    closes.setId("class-closes");
    closes.setLocale(locale);
    regions.setLabel(getTranslation("training.class.regions"));
    regions.setId("class-regions");
    regions.setItems(regionOptions);
    regions.setItemLabelGenerator(RegionOption::label);
    municipalities.setLabel(getTranslation("training.class.municipalities"));
    municipalities.setId("class-municipalities");
    municipalities.setHelperText(getTranslation("training.class.municipalities.help"));
    Map<UUID, RegionOption> byId = regionOptions.stream().collect(Collectors.toMap(RegionOption::id, Function.identity()));
    binder.forField(name).bind("name");
    binder.forField(place).bind("place");
    binder.forField(instructor).bind("instructor");
    bindInt(capacity, "capacity");
    binder.forField(municipalityCap).bind("municipalityCap");
    binder.forField(opens).bind("enrolmentOpens");
    binder.forField(closes).bind("enrolmentCloses");
    binder.forField(regions).withConverter(
            (Set<RegionOption> chosen) -> chosen.stream().map(RegionOption::id).collect(Collectors.toSet()),
            (Set<UUID> ids) -> ids == null ? new HashSet<>()
                : ids.stream().map(byId::get).filter(java.util.Objects::nonNull).collect(Collectors.toSet()))
        .bind("regions");
    binder.forField(municipalities).withConverter(
            (String text) -> text == null ? List.<String>of()
                : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList(),
            (List<String> codes) -> codes == null ? "" : String.join(", ", codes))
        .bind("municipalities");
    refusalsShownOn("windowInOrder", closes);
    add(name, instructor, place, capacity, municipalityCap, opens, closes, regions, municipalities);
    setColspan(place, 2);
  }

  @Override
  public void focusFirst() {
    name.focus();
  }
}
