package br.org.teia.council.conference;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.composition.MandateRole;
import br.org.teia.council.composition.SegmentKind;
import br.org.teia.testsupport.FormUi;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The delegate form on its own: no Spring, no database. */
@ExtendWith(FormUi.class)
class DelegateEditorTest {

  private DelegateEditor form;
  private final AtomicReference<DelegateForm> saved = new AtomicReference<>();

  @BeforeEach
  void open() {
    form = new DelegateEditor();
    form.edit(DelegateEditor.blank());
    form.addSaveListener(event -> saved.set(event.value()));
  }

  @Test
  void a_titular_delegate_of_the_workers_elected_to_the_state_stage_is_saved() {
    assertThat(form.role.getValue()).isEqualTo(MandateRole.MEMBER);
    form.name.setValue("Nair Fonseca");
    form.segment.setValue(SegmentKind.WORKERS);
    form.organisation.setValue("Sindicato");
    form.stateStage.setValue(true);

    form.saveButton().click();

    assertThat(saved.get()).isEqualTo(new DelegateForm("Nair Fonseca", SegmentKind.WORKERS, MandateRole.MEMBER,
        "Sindicato", true));
  }

  @Test
  void no_segment_is_refused_under_it_and_a_control_character_under_the_name() {
    form.name.setValue("Nair\u0001");

    form.saveButton().click();

    assertThat(saved.get()).isNull();
    assertThat(form.segment.getErrorMessage()).isEqualTo("Informe o segmento.");
    assertThat(form.name.getErrorMessage()).startsWith("Este campo tem um caractere de controle");
  }
}
