package br.org.teia.structure.entity;

import br.org.teia.kernel.ui.form.FormBinder;
import br.org.teia.structure.unit.TypifiedServiceSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The services an entity offers, as one field of its form: each row a Tipificação service with the
 * people or families served, a row to add one (validated as a {@link ServiceOffer}), and a button
 * to remove each when the form can be changed.
 */
class ServiceOffersField extends CustomField<List<ServiceOffer>> {

  final Grid<ServiceOffer> offered = new Grid<>(ServiceOffer.class, false);
  final ComboBox<TypifiedServiceSummary> serviceChoice = new ComboBox<>();
  final IntegerField capacity = new IntegerField();
  final Button addService = new Button();
  private final List<ServiceOffer> offers = new ArrayList<>();
  private final Map<String, TypifiedServiceSummary> byCode;
  private final FormBinder<ServiceOffer> offerBinder = new FormBinder<>(ServiceOffer.class, this);

  ServiceOffersField(List<TypifiedServiceSummary> catalogue, boolean editable) {
    byCode = catalogue.stream().collect(Collectors.toMap(TypifiedServiceSummary::code, Function.identity()));
    offered.setId("entity-services");
    offered.addThemeVariants(GridVariant.LUMO_COMPACT);
    offered.setAllRowsVisible(true);
    offered.addColumn(o -> byCode.containsKey(o.serviceCode()) ? byCode.get(o.serviceCode()).name() : o.serviceCode())
        .setHeader(getTranslation("structure.entity.service")).setFlexGrow(1);
    offered.addColumn(ServiceOffer::capacity).setHeader(getTranslation("structure.entity.service.capacity-label"))
        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
    if (editable) {
      offered.addComponentColumn(o -> {
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
          offers.remove(o);
          changed();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("structure.entity.service.remove"));
        remove.setId("entity-service-remove-" + o.serviceCode());
        return remove;
      }).setAutoWidth(true).setFlexGrow(0);
    }
    offered.setEmptyStateText(getTranslation("structure.entity.services.empty"));
    serviceChoice.setLabel(getTranslation("structure.entity.service"));
    serviceChoice.setId("entity-service-choice");
    serviceChoice.setItems(catalogue);
    serviceChoice.setItemLabelGenerator(TypifiedServiceSummary::name);
    serviceChoice.setWidth("28rem");
    capacity.setLabel(getTranslation("structure.entity.service.capacity-label"));
    capacity.setId("entity-service-capacity");
    capacity.setMin(1);
    addService.setText(getTranslation("structure.entity.service.add"));
    addService.setIcon(VaadinIcon.PLUS.create());
    addService.setId("entity-service-add");
    addService.addClickListener(click -> addOffer());
    offerBinder.forField(serviceChoice)
        .withConverter(s -> s == null ? null : s.code(), code -> code == null ? null : byCode.get(code))
        .bind("serviceCode");
    offerBinder.forField(capacity).bind("capacity");
    offerBinder.readRecord(new ServiceOffer(null, null));

    HorizontalLayout addRow = new HorizontalLayout(serviceChoice, capacity, addService);
    addRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    addRow.setVisible(editable);
    VerticalLayout content = new VerticalLayout(new H3(getTranslation("structure.entity.services")), offered, addRow);
    content.setPadding(false);
    add(content);
  }

  private void addOffer() {
    ServiceOffer offer;
    try {
      offer = offerBinder.writeRecord();
    } catch (ValidationException invalid) {
      return; // each message stands under its field
    }
    if (offers.stream().anyMatch(o -> o.serviceCode().equals(offer.serviceCode()))) {
      serviceChoice.setErrorMessage(getTranslation("structure.entity.service.duplicate", offer.serviceCode()));
      serviceChoice.setInvalid(true);
      return;
    }
    offers.add(offer);
    changed();
    offerBinder.readRecord(new ServiceOffer(null, null));
  }

  private void changed() {
    offers.sort(Comparator.comparingInt(o -> byCode.containsKey(o.serviceCode())
        ? byCode.get(o.serviceCode()).position() : Integer.MAX_VALUE));
    offered.setItems(offers);
    updateValue();
  }

  @Override
  protected List<ServiceOffer> generateModelValue() {
    return List.copyOf(offers);
  }

  @Override
  protected void setPresentationValue(List<ServiceOffer> value) {
    offers.clear();
    if (value != null) {
      offers.addAll(value);
    }
    offered.setItems(offers);
  }
}
