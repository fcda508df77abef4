package br.org.teia.council.conference;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.TeiaException;
import br.org.teia.testsupport.FormUi;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The deliberation and follow-up forms on their own: no Spring, no database. */
@ExtendWith(FormUi.class)
class DeliberationEditorTest {

  @Test
  void a_deliberation_is_municipal_unless_chosen_and_needs_its_text() {
    DeliberationEditor form = new DeliberationEditor();
    AtomicReference<DeliberationForm> saved = new AtomicReference<>();
    form.edit(DeliberationEditor.blank());
    form.addSaveListener(event -> saved.set(event.value()));

    form.saveButton().click();
    assertThat(form.text.getErrorMessage()).isEqualTo("Informe o texto da deliberação.");

    form.text.setValue("Implantar um novo CRAS na regional Norte.");
    form.saveButton().click();
    assertThat(saved.get()).isEqualTo(new DeliberationForm("Implantar um novo CRAS na regional Norte.",
        DeliberationScope.MUNICIPAL));
  }

  @Test
  void a_follow_up_starts_today_at_the_current_status_and_refuses_a_future_date() {
    LocalDate today = LocalDate.of(2026, 5, 4);
    DeliberationFollowUpEditor form = new DeliberationFollowUpEditor();
    AtomicReference<DeliberationFollowUpForm> saved = new AtomicReference<>();
    form.edit(DeliberationFollowUpEditor.blank(today, DeliberationStatus.IN_PROGRESS));
    form.addSaveListener(event -> saved.set(event.value()));
    form.note.setValue("Reunião com a secretaria de Estado.");

    form.saveButton().click();
    assertThat(saved.get()).isEqualTo(new DeliberationFollowUpForm(today, DeliberationStatus.IN_PROGRESS,
        "Reunião com a secretaria de Estado."));

    saved.set(null);
    form.day.setValue(LocalDate.now().plusDays(1));
    form.saveButton().click();
    assertThat(saved.get()).isNull();
    assertThat(form.day.getErrorMessage()).isEqualTo("A data não pode estar no futuro.");
  }

  @Test
  void a_done_deliberation_refused_by_the_service_is_said_in_a_notification() {
    DeliberationFollowUpEditor form = new DeliberationFollowUpEditor();
    NotificationsKt.clearNotifications();

    boolean saved = form.submit(DeliberationFollowUpEditor.blank(LocalDate.now(), DeliberationStatus.DONE), value -> {
      throw new TeiaException("council.conference.deliberation-done");
    });

    assertThat(saved).isFalse();
    assertThat(NotificationsKt.getNotifications()).hasSize(1);
  }
}
