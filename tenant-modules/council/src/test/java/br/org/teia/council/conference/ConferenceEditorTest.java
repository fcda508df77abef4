package br.org.teia.council.conference;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.testsupport.FormUi;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The conference form on its own: no Spring, no database. */
@ExtendWith(FormUi.class)
class ConferenceEditorTest {

  private ConferenceEditor form;
  private final AtomicReference<ConferenceForm> saved = new AtomicReference<>();

  @BeforeEach
  void open() {
    form = new ConferenceEditor();
    form.edit(ConferenceEditor.blank());
    form.addSaveListener(event -> saved.set(event.value()));
  }

  @Test
  void saving_a_filled_form_carries_the_record() {
    form.edition.setValue(14);
    form.theme.setValue("SUAS");
    form.startsOn.setValue(LocalDate.of(2027, 7, 1));
    form.endsOn.setValue(LocalDate.of(2027, 7, 2));
    form.venue.setValue("Centro");
    form.convenedBy.setValue("CMAS");

    form.saveButton().click();

    assertThat(saved.get()).isEqualTo(new ConferenceForm(ConferenceKind.ORDINARY, 14, "SUAS",
        LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 2), "Centro", "CMAS"));
  }

  @Test
  void no_edition_is_shown_under_it_and_a_too_close_conference_under_its_start() {
    form.saveButton().click();
    assertThat(form.edition.getErrorMessage()).isEqualTo(form.getTranslation("council.conference.edition.required"));

    form.showRefusal(new DomainRefusal("startsOn", "council.conference.ordinary-too-close", 2025, 2029));
    assertThat(form.startsOn.isInvalid()).isTrue();
  }
}
