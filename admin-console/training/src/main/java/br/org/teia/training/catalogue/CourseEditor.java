package br.org.teia.training.catalogue;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** A course of the catalogue: what it is, for whom, how long, how given, and the completion rule. */
public class CourseEditor extends EditorForm<CourseForm> {

  final TextField title = new TextField();
  final TextArea summary = new TextArea();
  final Select<Audience> audience = new Select<>();
  final IntegerField workloadHours = new IntegerField();
  final Select<Modality> modality = new Select<>();
  final TextArea topics = new TextArea();
  final TextArea prerequisites = new TextArea();
  final IntegerField minAttendancePct = new IntegerField();
  final BigDecimalField passingGrade = new BigDecimalField();
  final Checkbox active = new Checkbox();

  public CourseEditor() {
    super(CourseForm.class, "training.save", "training.close");
    saveButton().setId("course-save");
    cancelButton().setId("course-close");
    title.setLabel(getTranslation("training.course.title"));
    title.setId("course-title");
    title.setMaxLength(200);
    summary.setLabel(getTranslation("training.course.summary"));
    summary.setId("course-summary");
    summary.setMaxLength(4000);
    audience.setLabel(getTranslation("training.course.audience"));
    audience.setId("course-audience");
    audience.setItems(Audience.values());
    audience.setItemLabelGenerator(a -> a == null ? "" : getTranslation(a.labelKey()));
    workloadHours.setLabel(getTranslation("training.course.hours"));
    workloadHours.setId("course-hours");
    workloadHours.setHelperText(getTranslation("training.course.hours.help"));
    modality.setLabel(getTranslation("training.course.modality"));
    modality.setId("course-modality");
    modality.setItems(Modality.values());
    modality.setItemLabelGenerator(m -> m == null ? "" : getTranslation(m.labelKey()));
    topics.setLabel(getTranslation("training.course.topics"));
    topics.setId("course-topics");
    prerequisites.setLabel(getTranslation("training.course.prerequisites"));
    prerequisites.setId("course-prerequisites");
    minAttendancePct.setLabel(getTranslation("training.course.attendance"));
    minAttendancePct.setId("course-attendance");
    minAttendancePct.setHelperText(getTranslation("training.course.attendance.help"));
    passingGrade.setLabel(getTranslation("training.course.grade"));
    passingGrade.setId("course-grade");
    passingGrade.setHelperText(getTranslation("training.course.grade.help"));
    active.setLabel(getTranslation("training.course.active"));
    active.setId("course-active");
    binder.forField(title).bind("title");
    binder.forField(summary).bind("summary");
    binder.forField(audience).bind("audience");
    bindInt(workloadHours, "workloadHours");
    binder.forField(modality).bind("modality");
    binder.forField(topics).bind("topics");
    binder.forField(prerequisites).bind("prerequisites");
    bindInt(minAttendancePct, "minAttendancePct");
    binder.forField(passingGrade).bind("passingGrade");
    binder.forField(active).bind("active");
    add(title, audience, summary, topics, workloadHours, modality, prerequisites, minAttendancePct, passingGrade, active);
    setColspan(summary, 2);
    setColspan(topics, 2);
    setColspan(prerequisites, 2);
  }

  @Override
  public void focusFirst() {
    title.focus();
  }
}
