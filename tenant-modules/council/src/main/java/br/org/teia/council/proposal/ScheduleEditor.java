package br.org.teia.council.proposal;

import br.org.teia.council.meeting.MeetingSummary;
import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Puts a proposal on the agenda of one of the council's meetings still to come. */
public class ScheduleEditor extends EditorForm<ScheduleForm> {

  final Select<MeetingSummary> meeting = new Select<>();

  public ScheduleEditor(List<MeetingSummary> upcoming) {
    super(ScheduleForm.class, "council.ui.agenda-add", "council.ui.cancel");
    saveButton().setId("proposal-save");
    meeting.setId("proposal-meeting");
    meeting.setLabel(getTranslation("council.ui.meeting"));
    meeting.setItems(upcoming);
    meeting.setItemLabelGenerator(m -> m.date().format(ProposalsView.DATE) + " — " + getTranslation(m.kind().labelKey()));
    Map<UUID, MeetingSummary> byId = upcoming.stream().collect(Collectors.toMap(MeetingSummary::id, Function.identity()));
    binder.forField(meeting).withConverter(m -> m == null ? null : m.id(), byId::get).bind("meetingId");
    add(meeting);
  }

  public static ScheduleForm blank() {
    return new ScheduleForm(null);
  }

  @Override
  public void focusFirst() {
    meeting.focus();
  }
}
