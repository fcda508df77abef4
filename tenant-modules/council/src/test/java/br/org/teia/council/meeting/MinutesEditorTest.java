package br.org.teia.council.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.TeiaException;
import br.org.teia.testsupport.FormUi;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The minutes and their approval on their own: no Spring, no database. */
@ExtendWith(FormUi.class)
class MinutesEditorTest {

  @Test
  void the_draft_needs_a_text_and_refuses_a_null_character_under_it() {
    MinutesEditor form = new MinutesEditor();
    AtomicReference<MinutesForm> saved = new AtomicReference<>();
    form.edit(MinutesEditor.of(null));
    form.addSaveListener(event -> saved.set(event.value()));

    form.saveButton().click();
    assertThat(form.text.getErrorMessage()).isEqualTo("Escreva o texto da ata.");

    form.text.setValue("Aos doze dias\u0000");
    form.saveButton().click();
    assertThat(form.text.getErrorMessage()).startsWith("Este campo tem um caractere de controle");

    form.text.setValue("Aos doze dias do mês de agosto,\nreuniu-se o conselho.");
    form.saveButton().click();
    assertThat(saved.get()).isEqualTo(new MinutesForm("Aos doze dias do mês de agosto,\nreuniu-se o conselho."));
  }

  @Test
  void the_minutes_text_has_a_visible_label() {
    MinutesEditor form = new MinutesEditor();

    assertThat(form.text.getLabel()).isNotBlank().isEqualTo("Texto da ata");
  }

  @Test
  void approved_minutes_are_read_only_text() {
    MinutesEditor form = new MinutesEditor();
    form.edit(MinutesEditor.of(new MinutesSummary("Texto aprovado.", MinutesStatus.APPROVED, UUID.randomUUID(),
        LocalDate.of(2026, 2, 10), 3)));
    form.readOnly();

    assertThat(form.text.getValue()).isEqualTo("Texto aprovado.");
    assertThat(form.text.isReadOnly()).isTrue();
    assertThat(form.saveButton().isVisible()).isFalse();
  }

  @Test
  void the_approval_asks_at_which_meeting_and_shows_the_service_refusal() {
    MeetingSummary later = new MeetingSummary(UUID.randomUUID(), UUID.randomUUID(), "CMAS", MeetingKind.ORDINARY,
        LocalDate.of(2026, 3, 10), LocalTime.of(14, 0), "Sala", MeetingStatus.HELD, null, 2, null, 1);
    MinutesApprovalEditor form = new MinutesApprovalEditor(List.of(later));
    AtomicReference<MinutesApprovalForm> saved = new AtomicReference<>();
    form.edit(MinutesApprovalEditor.blank());
    form.addSaveListener(event -> saved.set(event.value()));

    form.saveButton().click();
    assertThat(form.at.getErrorMessage()).isEqualTo("Escolha a reunião em que a ata foi aprovada.");

    form.at.setValue(later);
    form.saveButton().click();
    assertThat(saved.get()).isEqualTo(new MinutesApprovalForm(later.id()));

    NotificationsKt.clearNotifications();
    form.submit(saved.get(), value -> {
      throw new TeiaException("council.minutes.approve-needs-quorum");
    });
    assertThat(NotificationsKt.getNotifications()).hasSize(1);
  }
}
