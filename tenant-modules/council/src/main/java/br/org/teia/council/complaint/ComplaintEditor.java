package br.org.teia.council.complaint;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;

/** A complaint received by the council: when and how, who (unless anonymous), about what. */
public class ComplaintEditor extends EditorForm<ComplaintForm> {

  final DatePicker receivedOn = new DatePicker();
  final Select<ComplaintChannel> channel = new Select<>();
  final Checkbox anonymous = new Checkbox();
  final TextField name = new TextField();
  final TextField contact = new TextField();
  final TextField subject = new TextField();
  final TextField concerning = new TextField();
  final TextArea description = new TextArea();

  public ComplaintEditor() {
    super(ComplaintForm.class, "council.ui.save", "council.ui.cancel");
    saveButton().setId("complaint-save");
    receivedOn.setLabel(getTranslation("council.complaint.ui.received-on"));
    receivedOn.setId("complaint-received-on");
    channel.setId("complaint-channel");
    channel.setLabel(getTranslation("council.complaint.ui.channel"));
    channel.setItems(ComplaintChannel.values());
    channel.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
    anonymous.setLabel(getTranslation("council.complaint.ui.anonymous"));
    anonymous.setId("complaint-anonymous");
    name.setLabel(getTranslation("council.complaint.ui.name"));
    name.setId("complaint-name");
    contact.setLabel(getTranslation("council.complaint.ui.contact"));
    contact.setId("complaint-contact");
    anonymous.addValueChangeListener(e -> {
      name.setEnabled(!e.getValue());
      contact.setEnabled(!e.getValue());
      if (e.getValue()) {
        name.clear();
        contact.clear();
      }
    });
    subject.setLabel(getTranslation("council.complaint.ui.subject"));
    subject.setId("complaint-subject");
    concerning.setLabel(getTranslation("council.complaint.ui.concerning"));
    concerning.setId("complaint-concerning");
    concerning.setHelperText(getTranslation("council.complaint.ui.concerning-help"));
    description.setLabel(getTranslation("council.complaint.ui.description"));
    description.setId("complaint-description");
    binder.forField(receivedOn).bind("receivedOn");
    binder.forField(channel).bind("channel");
    binder.forField(anonymous).bind("anonymous");
    binder.forField(name).bind("complainantName");
    binder.forField(contact).bind("complainantContact");
    binder.forField(subject).bind("subject");
    binder.forField(concerning).bind("concerning");
    binder.forField(description).bind("description");
    add(receivedOn, channel, anonymous, name, contact, subject, concerning, description);
    setColspan(description, 2);
  }

  /** Received today, not anonymous, nothing else filled. */
  public static ComplaintForm blank(LocalDate today) {
    return new ComplaintForm(today, null, false, null, null, null, null, null);
  }
}
