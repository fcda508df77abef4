package br.org.teia.council.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.testsupport.FormUi;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The meeting and calendar forms on their own: no Spring, no database. */
@ExtendWith(FormUi.class)
class MeetingEditorTest {

  @Test
  void an_ordinary_meeting_at_two_is_proposed_and_saved_with_its_date_and_place() {
    MeetingEditor form = new MeetingEditor();
    AtomicReference<MeetingForm> saved = new AtomicReference<>();
    form.edit(MeetingEditor.blank());
    form.addSaveListener(event -> saved.set(event.value()));
    form.date.setValue(LocalDate.of(2026, 8, 11));
    form.place.setValue(" Sala dos Conselhos ");

    form.saveButton().click();

    assertThat(saved.get()).isEqualTo(new MeetingForm(MeetingKind.ORDINARY, LocalDate.of(2026, 8, 11),
        LocalTime.of(14, 0), "Sala dos Conselhos"));
  }

  @Test
  void a_calendar_without_a_place_is_refused_under_it_in_portuguese() {
    CalendarEditor form = new CalendarEditor();
    AtomicReference<CalendarForm> saved = new AtomicReference<>();
    form.edit(CalendarEditor.blank(2027));
    form.addSaveListener(event -> saved.set(event.value()));

    form.saveButton().click();
    assertThat(saved.get()).isNull();
    assertThat(form.place.getErrorMessage()).isEqualTo(form.getTranslation("council.meeting.place.required"));

    form.place.setValue("Câmara");
    form.saveButton().click();
    assertThat(saved.get()).isEqualTo(new CalendarForm(2027, 2, DayOfWeek.TUESDAY, LocalTime.of(14, 0), "Câmara"));
  }
}
