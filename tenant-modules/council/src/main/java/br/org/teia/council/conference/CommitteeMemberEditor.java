package br.org.teia.council.conference;

import br.org.teia.council.composition.Side;
import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** A member of a conference's organising committee: name, side, organisation, whether coordinator. */
public class CommitteeMemberEditor extends EditorForm<CommitteeMemberForm> {

  final TextField name = new TextField();
  final Select<Side> side = new Select<>();
  final TextField organisation = new TextField();
  final Checkbox coordinator = new Checkbox();

  public CommitteeMemberEditor() {
    super(CommitteeMemberForm.class, "council.ui.save", "council.ui.cancel");
    saveButton().setId("committee-save");
    name.setLabel(getTranslation("council.ui.name"));
    name.setId("committee-name");
    side.setId("committee-side");
    side.setLabel(getTranslation("council.ui.side"));
    side.setItems(Side.values());
    side.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
    organisation.setLabel(getTranslation("council.conference.ui.organisation"));
    organisation.setId("committee-organisation");
    coordinator.setLabel(getTranslation("council.conference.ui.coordinator"));
    coordinator.setId("committee-coordinator");
    binder.forField(name).bind("name");
    binder.forField(side).bind("side");
    binder.forField(organisation).bind("organisation");
    binder.forField(coordinator).bind("coordinator");
    add(name, side, organisation, coordinator);
  }

  public static CommitteeMemberForm blank() {
    return new CommitteeMemberForm(null, null, null, false);
  }

  @Override
  public void focusFirst() {
    name.focus();
  }
}
