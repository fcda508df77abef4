package br.org.teia.council.composition;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.testsupport.FormUi;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The council form on its own, its segments included: no Spring, no database. */
@ExtendWith(FormUi.class)
class CouncilEditorTest {

  private CouncilEditor form;
  private final AtomicReference<CouncilForm> saved = new AtomicReference<>();

  @BeforeEach
  void open() {
    form = new CouncilEditor();
    form.edit(form.blank());
    form.addSaveListener(event -> saved.set(event.value()));
  }

  @Test
  void a_new_cmas_starts_with_the_usual_rules_and_four_segments() {
    form.name.setValue("Conselho Municipal de Assistência Social");
    form.lawNumber.setValue("6.200");
    form.lawDate.setValue(LocalDate.of(1996, 5, 2));

    form.saveButton().click();

    assertThat(saved.get().acronym()).isEqualTo("CMAS");
    assertThat(saved.get().seats()).isEqualTo(20);
    assertThat(saved.get().segments()).hasSize(4);
  }

  @Test
  void an_acronym_out_of_format_is_shown_under_it_in_portuguese() {
    form.acronym.setValue("C");
    form.saveButton().click();

    assertThat(saved.get()).isNull();
    assertThat(form.acronym.getErrorMessage()).isEqualTo(form.getTranslation("council.acronym.format"));
  }

  @Test
  void a_control_character_in_a_segment_name_is_refused_on_the_segments_in_portuguese() {
    form.segments.setValue(List.of(new SegmentForm(null, SegmentKind.USERS, "Usuários\u0000", 2, 2)));

    form.saveButton().click();

    assertThat(saved.get()).isNull();
    assertThat(form.segments.isInvalid()).isTrue();
    assertThat(form.segments.getErrorMessage()).startsWith("Este campo tem um caractere de controle");
  }

  @Test
  void a_form_whose_segments_are_emptied_is_checked_without_failing() {
    form.segments.setValue(null); // the binder validates at once; the segment-name rule read a null list

    form.saveButton().click();

    assertThat(saved.get()).isNull();
    assertThat(form.segments.getErrorMessage()).as("the form's own refusal, in Portuguese").isNotBlank()
        .doesNotContain("Exception");
  }
}
