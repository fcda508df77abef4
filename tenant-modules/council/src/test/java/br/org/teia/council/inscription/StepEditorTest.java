package br.org.teia.council.inscription;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.testsupport.FormUi;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The form of each inscription step on its own: no Spring, no database. */
@ExtendWith(FormUi.class)
class StepEditorTest {

  private final LocalDate today = LocalDate.now();
  private final List<StepEditor.ActEvent> acts = new ArrayList<>();

  private StepEditor form(InscriptionStep step, StepForm start) {
    StepEditor form = new StepEditor(step, today);
    form.edit(start);
    form.addActListener(acts::add);
    return form;
  }

  @Test
  void the_visit_step_is_done_skipped_with_a_reason_or_returned_for_diligence() {
    StepEditor form = form(InscriptionStep.TECHNICAL_VISIT, StepEditor.blank(today));
    form.text.setValue("Entidade já visitada no ano passado.");

    _get(form, Button.class, spec -> spec.withId("step-visit-skip")).click();
    _get(form, Button.class, spec -> spec.withId("step-diligence")).click();

    assertThat(acts).extracting(StepEditor.ActEvent::act)
        .containsExactly(StepEditor.Act.VISIT_SKIPPED, StepEditor.Act.DILIGENCE);
    assertThat(acts.getFirst().value()).isEqualTo(StepForm.on(today, "Entidade já visitada no ano passado."));
    assertThat(_find(form, Button.class, spec -> spec.withId("step-visit-done"))).hasSize(1);
  }

  @Test
  void the_opinion_offers_the_commission_and_carries_whether_favourable() {
    StepEditor form = form(InscriptionStep.COMMISSION_OPINION,
        StepEditor.opinion(today, "Comissão de Inscrição", "Ana Souza"));
    assertThat(form.commission.getValue()).isEqualTo("Comissão de Inscrição");
    form.favourable.setValue(Boolean.TRUE);
    form.text.setValue("Documentação em ordem.");

    _get(form, Button.class, spec -> spec.withId("step-opinion")).click();

    assertThat(acts).singleElement().satisfies(act -> {
      assertThat(act.act()).isEqualTo(StepEditor.Act.OPINION);
      assertThat(act.value()).isEqualTo(new StepForm(today, "Documentação em ordem.", true, "Comissão de Inscrição",
          "Ana Souza"));
    });
  }

  @Test
  void the_certificate_asks_only_the_date_and_a_future_one_is_refused_under_it() {
    StepEditor form = form(InscriptionStep.CERTIFICATE, StepEditor.blank(today));
    assertThat(form.text.getParent()).isEmpty();
    form.on.setValue(today.plusDays(2));

    _get(form, Button.class, spec -> spec.withId("step-certify")).click();

    assertThat(acts).isEmpty();
    assertThat(form.on.getErrorMessage()).isEqualTo("A data não pode estar no futuro.");
  }

  @Test
  void a_null_character_in_the_text_is_refused_under_it_and_nothing_is_done() {
    StepEditor form = form(InscriptionStep.PUBLICATION, StepEditor.blank(today));
    form.text.setValue("Diário Oficial\u0000");

    _get(form, Button.class, spec -> spec.withId("step-publish")).click();

    assertThat(acts).isEmpty();
    assertThat(form.text.getErrorMessage()).startsWith("Este campo tem um caractere de controle");
  }
}
