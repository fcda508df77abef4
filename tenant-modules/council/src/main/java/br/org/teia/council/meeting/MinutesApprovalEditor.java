package br.org.teia.council.meeting;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The approval of a meeting's minutes: at which later, held meeting. */
public class MinutesApprovalEditor extends EditorForm<MinutesApprovalForm> {

  final Select<MeetingSummary> at = new Select<>();

  public MinutesApprovalEditor(List<MeetingSummary> laterHeld) {
    super(MinutesApprovalForm.class, "council.ui.minutes-approve", "council.ui.cancel");
    saveButton().setId("minutes-approve");
    saveButton().removeThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
    at.setId("minutes-approve-at");
    at.setLabel(getTranslation("council.ui.minutes-approve-at"));
    at.setItems(laterHeld);
    at.setItemLabelGenerator(other -> other.date().format(MeetingsView.DATE) + " — "
        + getTranslation(other.kind().labelKey()));
    Map<UUID, MeetingSummary> byId = laterHeld.stream().collect(Collectors.toMap(MeetingSummary::id, Function.identity()));
    binder.forField(at).withConverter(m -> m == null ? null : m.id(), byId::get).bind("approvedAt");
    add(at, saveButton());
  }

  public static MinutesApprovalForm blank() {
    return new MinutesApprovalForm(null);
  }
}
