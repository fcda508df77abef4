package br.org.teia.structure.entity;

import br.org.teia.kernel.suas.Cnpj;
import br.org.teia.kernel.ui.form.EditorForm;
import br.org.teia.structure.territory.TerritorySummary;
import br.org.teia.structure.unit.TypifiedServiceSummary;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The entity form: CNPJ, names, types of action, CNEAS number, territory, address, contact, and
 * the services it offers ({@link ServiceOffersField}).
 */
public class SocialEntityEditor extends EditorForm<SocialEntityForm> {

  final TextField cnpj = new TextField();
  final TextField legalName = new TextField();
  final TextField tradeName = new TextField();
  final CheckboxGroup<ActionType> actions = new CheckboxGroup<>();
  final TextField cneas = new TextField();
  final TextField address = new TextField();
  final ComboBox<TerritorySummary> territory = new ComboBox<>();
  final TextField phone = new TextField();
  final TextField email = new TextField();
  final TextField contactName = new TextField();
  final ServiceOffersField services;

  public SocialEntityEditor(List<TypifiedServiceSummary> catalogue, List<TerritorySummary> territories,
      boolean editable) {
    super(SocialEntityForm.class, "structure.entity.save", editable ? "structure.entity.cancel" : "structure.entity.close");
    saveButton().setId("entity-save");
    cancelButton().setId("entity-cancel");
    services = new ServiceOffersField(catalogue, editable);
    cnpj.setLabel(getTranslation("structure.entity.cnpj"));
    cnpj.setId("entity-cnpj");
    cnpj.setRequiredIndicatorVisible(true);
    cnpj.setMaxLength(18);
    cnpj.setHelperText(getTranslation("structure.entity.cnpj.help"));
    legalName.setLabel(getTranslation("structure.entity.legal-name"));
    legalName.setId("entity-legal-name");
    legalName.setRequiredIndicatorVisible(true);
    legalName.setMaxLength(200);
    tradeName.setLabel(getTranslation("structure.entity.trade-name"));
    tradeName.setId("entity-trade-name");
    tradeName.setMaxLength(200);
    actions.setLabel(getTranslation("structure.entity.actions"));
    actions.setId("entity-actions");
    actions.setItems(ActionType.values());
    actions.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
    actions.setRequiredIndicatorVisible(true);
    cneas.setLabel(getTranslation("structure.entity.cneas"));
    cneas.setId("entity-cneas");
    cneas.setMaxLength(30);
    address.setLabel(getTranslation("structure.entity.address"));
    address.setId("entity-address");
    territory.setLabel(getTranslation("structure.entity.territory"));
    territory.setId("entity-territory");
    territory.setItems(territories);
    territory.setItemLabelGenerator(TerritorySummary::name);
    territory.setClearButtonVisible(true);
    phone.setLabel(getTranslation("structure.entity.phone"));
    phone.setId("entity-phone");
    phone.setHelperText(getTranslation("structure.entity.phone.help"));
    email.setLabel(getTranslation("structure.entity.email"));
    email.setId("entity-email");
    contactName.setLabel(getTranslation("structure.entity.contact-name"));
    contactName.setId("entity-contact-name");
    contactName.setHelperText(getTranslation("structure.entity.contact-name.help"));

    Map<UUID, TerritorySummary> territoryById = territories.stream()
        .collect(Collectors.toMap(TerritorySummary::id, Function.identity()));
    // CNPJ and phone are validated as the record holds them (no punctuation), shown as people write them
    binder.forField(cnpj).withConverter(Cnpj::strip, Cnpj::format).bind("cnpj");
    binder.forField(legalName).bind("legalName");
    binder.forField(tradeName).bind("tradeName");
    binder.forField(actions).withConverter((Set<ActionType> chosen) -> chosen == null ? Set.<ActionType>of() : chosen,
        chosen -> chosen).bind("actions");
    binder.forField(services).bind("services");
    binder.forField(cneas).bind("cneasNumber");
    binder.forField(address).bind("address");
    binder.forField(territory).withConverter(t -> t == null ? null : t.id(), territoryById::get).bind("territoryId");
    binder.forField(phone).withConverter(SocialEntityForm::phoneDigits, text -> text).bind("phone");
    binder.forField(email).bind("email");
    binder.forField(contactName).bind("contactName");
    // what the service refuses about one offered service stands under the row that adds them
    refusalsShownOn("serviceCode", services.serviceChoice);
    refusalsShownOn("capacity", services.capacity);

    add(cnpj, legalName, tradeName, actions, cneas, territory, address, phone, email, contactName, services);
    setColspan(actions, 2);
    setColspan(address, 2);
    setColspan(services, 2);
    if (!editable) {
      readOnly();
    }
  }

  public static SocialEntityForm blank() {
    return new SocialEntityForm(null, null, null, Set.of(), List.of(), null, null, null, null, null, null);
  }

  @Override
  public void focusFirst() {
    if (!cnpj.isReadOnly()) {
      cnpj.focus();
    }
  }
}
