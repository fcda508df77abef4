package br.org.teia.council.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.meeting.MeetingKind;
import br.org.teia.council.meeting.MeetingStatus;
import br.org.teia.council.meeting.MeetingSummary;
import br.org.teia.testsupport.FormUi;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scheduling a proposal on its own: no Spring, no database. */
@ExtendWith(FormUi.class)
class ScheduleEditorTest {

  private final MeetingSummary next = new MeetingSummary(UUID.randomUUID(), UUID.randomUUID(), "CMAS",
      MeetingKind.ORDINARY, LocalDate.of(2026, 8, 12), LocalTime.of(14, 0), "Sala dos Conselhos",
      MeetingStatus.SCHEDULED, null, 0, null, 0);
  private final AtomicReference<ScheduleForm> saved = new AtomicReference<>();
  private ScheduleEditor form;

  @BeforeEach
  void open() {
    form = new ScheduleEditor(List.of(next));
    form.edit(ScheduleEditor.blank());
    form.addSaveListener(event -> saved.set(event.value()));
  }

  @Test
  void no_meeting_chosen_is_said_under_the_choice_instead_of_doing_nothing() {
    form.saveButton().click();

    assertThat(saved.get()).isNull();
    assertThat(form.meeting.isInvalid()).isTrue();
    assertThat(form.meeting.getErrorMessage()).isEqualTo("Escolha a reunião em cuja pauta a proposta entra.");
  }

  @Test
  void the_chosen_meeting_is_named_by_date_and_kind_and_saved_by_its_id() {
    assertThat(form.meeting.getItemLabelGenerator().apply(next)).isEqualTo("12/08/2026 — Ordinária");
    form.meeting.setValue(next);

    form.saveButton().click();

    assertThat(saved.get()).isEqualTo(new ScheduleForm(next.id()));
  }
}
