package br.org.teia.council.commission;

import br.org.teia.council.composition.MandateSummary;
import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A commission's members, chosen among the councillors in office, and its coordinator, one of them
 * (or none); the coordinator's choices follow the members chosen.
 */
public class MembersEditor extends EditorForm<MembersForm> {

  final MultiSelectComboBox<MandateSummary> members = new MultiSelectComboBox<>();
  final Select<MandateSummary> coordinator = new Select<>();

  public MembersEditor(List<MandateSummary> inOffice) {
    super(MembersForm.class, "council.ui.commission-members-save", "council.ui.cancel");
    saveButton().setId("commission-members-save");
    members.setLabel(getTranslation("council.ui.commission-members"));
    members.setId("commission-members");
    members.setWidthFull();
    members.setItems(inOffice);
    members.setItemLabelGenerator(m -> m.personName() + " (" + m.segmentName() + ")");
    coordinator.setId("commission-coordinator");
    coordinator.setLabel(getTranslation("council.ui.commission-coordinator"));
    coordinator.setItemLabelGenerator(m -> m == null ? "—" : m.personName());
    coordinator.setEmptySelectionAllowed(true);
    members.addValueChangeListener(e -> {
      MandateSummary chosen = coordinator.getValue();
      coordinator.setItems(e.getValue());
      if (chosen != null && e.getValue().contains(chosen)) {
        coordinator.setValue(chosen);
      }
    });
    // members no longer in office are not offered, and so leave the commission when it is saved
    Map<UUID, MandateSummary> byId = inOffice.stream().collect(Collectors.toMap(MandateSummary::id, Function.identity()));
    binder.forField(members).withConverter(
            (Set<MandateSummary> chosen) -> chosen.stream().map(MandateSummary::id).collect(Collectors.toSet()),
            (Set<UUID> ids) -> ids.stream().map(byId::get).filter(Objects::nonNull).collect(Collectors.toSet()))
        .bind("members");
    binder.forField(coordinator).withConverter(m -> m == null ? null : m.id(), byId::get).bind("coordinator");
    add(members, coordinator, saveButton());
    setColspan(members, 2);
  }

  /** The commission's members and coordinator as they stand. */
  public static MembersForm of(CommissionSummary commission) {
    return new MembersForm(commission.members().stream().map(CommissionSummary.Member::mandateId)
        .collect(Collectors.toSet()), commission.coordinatorMandateId());
  }
}
