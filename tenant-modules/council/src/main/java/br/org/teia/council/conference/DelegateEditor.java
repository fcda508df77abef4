package br.org.teia.council.conference;

import br.org.teia.council.composition.MandateRole;
import br.org.teia.council.composition.SegmentKind;
import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** A conference delegate: name, segment, titular or alternate, organisation, elected to the state stage. */
public class DelegateEditor extends EditorForm<DelegateForm> {

  final TextField name = new TextField();
  final Select<SegmentKind> segment = new Select<>();
  final Select<MandateRole> role = new Select<>();
  final TextField organisation = new TextField();
  final Checkbox stateStage = new Checkbox();

  public DelegateEditor() {
    super(DelegateForm.class, "council.ui.save", "council.ui.cancel");
    saveButton().setId("delegate-save");
    name.setLabel(getTranslation("council.ui.name"));
    name.setId("delegate-name");
    segment.setId("delegate-segment");
    segment.setLabel(getTranslation("council.ui.segment"));
    segment.setItems(SegmentKind.values());
    segment.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
    role.setId("delegate-role");
    role.setLabel(getTranslation("council.conference.ui.kind"));
    role.setItems(MandateRole.values());
    role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
    organisation.setLabel(getTranslation("council.conference.ui.organisation"));
    organisation.setId("delegate-organisation");
    stateStage.setLabel(getTranslation("council.conference.ui.state-stage"));
    stateStage.setId("delegate-state-stage");
    binder.forField(name).bind("name");
    binder.forField(segment).bind("segment");
    binder.forField(role).bind("role");
    binder.forField(organisation).bind("organisation");
    binder.forField(stateStage).bind("stateStage");
    add(name, segment, role, organisation, stateStage);
  }

  /** A titular delegate, nothing else chosen. */
  public static DelegateForm blank() {
    return new DelegateForm(null, null, MandateRole.MEMBER, null, false);
  }

  @Override
  public void focusFirst() {
    name.focus();
  }
}
