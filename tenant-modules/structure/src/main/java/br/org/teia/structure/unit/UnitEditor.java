package br.org.teia.structure.unit;

import br.org.teia.kernel.ui.form.EditorForm;
import br.org.teia.structure.territory.TerritorySummary;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The unit form: type, name, the CRAS of a mobile team, address, territory, opening date, status,
 * capacity and the Tipificação services the type may offer.
 */
public class UnitEditor extends EditorForm<UnitForm> {

  final Select<UnitType> type = new Select<>();
  final TextField name = new TextField();
  final TextField address = new TextField();
  final ComboBox<TerritorySummary> territory = new ComboBox<>();
  final ComboBox<UnitSummary> parent = new ComboBox<>();
  final DatePicker opening = new DatePicker();
  final Select<UnitStatus> status = new Select<>();
  final IntegerField capacity = new IntegerField();
  final CheckboxGroup<TypifiedServiceSummary> services = new CheckboxGroup<>();

  public UnitEditor(List<TypifiedServiceSummary> catalogue, List<TerritorySummary> territories,
      List<UnitSummary> cras) {
    super(UnitForm.class, "structure.unit.save", "structure.unit.cancel");
    saveButton().setId("unit-save");
    type.setLabel(getTranslation("structure.unit.type"));
    type.setId("unit-type");
    type.setItems(UnitType.values());
    type.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.labelKey()));
    type.setRequiredIndicatorVisible(true);
    name.setLabel(getTranslation("structure.unit.name"));
    name.setId("unit-name");
    name.setRequiredIndicatorVisible(true);
    name.setMaxLength(120);
    address.setLabel(getTranslation("structure.unit.address"));
    address.setId("unit-address");
    territory.setLabel(getTranslation("structure.unit.territory"));
    territory.setId("unit-territory");
    territory.setItems(territories);
    territory.setItemLabelGenerator(TerritorySummary::name);
    territory.setClearButtonVisible(true);
    parent.setLabel(getTranslation("structure.unit.parent-cras"));
    parent.setId("unit-parent-cras");
    parent.setItems(cras);
    parent.setItemLabelGenerator(UnitSummary::name);
    parent.setVisible(false);
    opening.setLabel(getTranslation("structure.unit.opening-date"));
    opening.setId("unit-opening-date");
    status.setLabel(getTranslation("structure.unit.status"));
    status.setId("unit-status");
    status.setItems(UnitStatus.values());
    status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.labelKey()));
    capacity.setLabel(getTranslation("structure.unit.capacity"));
    capacity.setId("unit-capacity");
    capacity.setMin(0);
    services.setLabel(getTranslation("structure.unit.services"));
    services.setId("unit-services");
    services.setItemLabelGenerator(TypifiedServiceSummary::name);

    type.addValueChangeListener(e -> {
      UnitType chosen = e.getValue();
      Set<String> kept = services.getValue().stream().map(TypifiedServiceSummary::code).collect(Collectors.toSet());
      // Only what the Tipificação lets this type offer is proposed; the service refuses the rest anyway.
      List<TypifiedServiceSummary> allowed = chosen == null ? List.of()
          : catalogue.stream().filter(s -> s.offeredBy().contains(chosen)).toList();
      services.setItems(allowed);
      services.setValue(allowed.stream().filter(s -> kept.contains(s.code())).collect(Collectors.toSet()));
      parent.setVisible(chosen == UnitType.EQUIPE_VOLANTE);
      capacity.setHelperText(chosen == null ? null : getTranslation(chosen.capacityKey()));
    });

    Map<UUID, TerritorySummary> territoryById = byId(territories, TerritorySummary::id);
    Map<UUID, UnitSummary> crasById = byId(cras, UnitSummary::id);
    Map<String, TypifiedServiceSummary> serviceByCode = catalogue.stream()
        .collect(Collectors.toMap(TypifiedServiceSummary::code, Function.identity()));
    binder.forField(type).bind("type");
    binder.forField(name).bind("name");
    binder.forField(address).bind("address");
    binder.forField(territory).withConverter(t -> t == null ? null : t.id(), territoryById::get).bind("territoryId");
    binder.forField(opening).bind("openingDate");
    binder.forField(status).bind("status");
    binder.forField(capacity).bind("capacity");
    binder.forField(parent).withConverter(u -> u == null ? null : u.id(), crasById::get).bind("parentCrasId");
    binder.forField(services).withConverter(
        (Set<TypifiedServiceSummary> chosen) -> chosen == null ? Set.<String>of() : chosen.stream().map(TypifiedServiceSummary::code).collect(Collectors.toSet()),
        (Set<String> codes) -> codes == null ? Set.<TypifiedServiceSummary>of()
            : codes.stream().map(serviceByCode::get).filter(s -> s != null).collect(Collectors.toSet()))
        .bind("services");

    add(type, name, parent, address, territory, opening, status, capacity, services);
    setColspan(services, 2);
  }

  /** What a new unit starts from: active, nothing else chosen. */
  public static UnitForm blank() {
    return new UnitForm(null, null, null, null, null, UnitStatus.ACTIVE, null, null, Set.of());
  }

  @Override
  public void focusFirst() {
    name.focus();
  }

  private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
    return items.stream().collect(Collectors.toMap(id, Function.identity()));
  }
}
