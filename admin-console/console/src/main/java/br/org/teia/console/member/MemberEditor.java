package br.org.teia.console.member;

import br.org.teia.kernel.suas.SizeClass;
import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;

/**
 * What the association records about a member: population (its size class shown as it is typed),
 * adhesion date, the manager's and the contact's name, e-mail and phone.
 */
public class MemberEditor extends EditorForm<MemberForm> {

  final IntegerField population = new IntegerField();
  final Span sizeClass = new Span();
  final DatePicker adhesion = new DatePicker();
  final TextField managerName = new TextField();
  final EmailField managerEmail = new EmailField();
  final TextField managerPhone = new TextField();
  final TextField contactName = new TextField();
  final EmailField contactEmail = new EmailField();
  final TextField contactPhone = new TextField();

  public MemberEditor(Locale locale) {
    super(MemberForm.class, "console.save", "console.close");
    saveButton().setId("member-save");
    cancelButton().setId("member-close");
    population.setLabel(getTranslation("console.member.population"));
    population.setId("member-population");
    sizeClass.setId("member-size-class");
    population.addValueChangeListener(e -> sizeClass.setText(sizeLabel(e.getValue())));
    adhesion.setLabel(getTranslation("console.member.adhesion"));
    adhesion.setId("member-adhesion");
    adhesion.setLocale(locale);
    managerName.setLabel(getTranslation("console.member.manager"));
    managerName.setId("member-manager-name");
    managerEmail.setLabel(getTranslation("console.member.manager-email"));
    managerEmail.setId("member-manager-email");
    managerPhone.setLabel(getTranslation("console.member.manager-phone"));
    managerPhone.setId("member-manager-phone");
    managerPhone.setHelperText(getTranslation("console.member.phone.help"));
    contactName.setLabel(getTranslation("console.member.contact"));
    contactName.setId("member-contact-name");
    contactEmail.setLabel(getTranslation("console.member.contact-email"));
    contactEmail.setId("member-contact-email");
    contactPhone.setLabel(getTranslation("console.member.contact-phone"));
    contactPhone.setId("member-contact-phone");
    contactPhone.setHelperText(getTranslation("console.member.phone.help"));
    binder.forField(population).bind("population");
    binder.forField(adhesion).bind("adhesionDate");
    binder.forField(managerName).bind("managerName");
    binder.forField(managerEmail).bind("managerEmail");
    // phones are checked as the record keeps them (no spaces nor dots), written as people write them
    binder.forField(managerPhone).withConverter(MemberForm::phone, text -> text).bind("managerPhone");
    binder.forField(contactName).bind("contactName");
    binder.forField(contactEmail).bind("contactEmail");
    binder.forField(contactPhone).withConverter(MemberForm::phone, text -> text).bind("contactPhone");
    add(population, sizeClass, adhesion, new Span(), managerName, managerEmail, managerPhone, contactName, contactEmail,
        contactPhone);
  }

  @Override
  public void edit(MemberForm value) {
    super.edit(value);
    sizeClass.setText(sizeLabel(value.population()));
  }

  private String sizeLabel(Integer population) {
    String size = population == null || population <= 0 ? getTranslation("console.size-class.none")
        : getTranslation(SizeClass.of(population).labelKey());
    return getTranslation("console.member.size-class") + ": " + size;
  }

  @Override
  public void focusFirst() {
    population.focus();
  }
}
