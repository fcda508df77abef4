package br.org.teia.council.composition;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.testsupport.FormUi;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The mandate form on its own: no Spring, no database. */
@ExtendWith(FormUi.class)
class MandateEditorTest {

  private final SegmentSummary workers = new SegmentSummary(UUID.randomUUID(), SegmentKind.WORKERS, Side.CIVIL_SOCIETY,
      "Trabalhadores", 3, 3);
  private final CouncilSummary cmas = new CouncilSummary(UUID.randomUUID(), "CMAS", "Conselho", "1", LocalDate.of(1996, 1, 1),
      20, 2, 1, 1, 1, QuorumRule.ABSOLUTE_MAJORITY, 11, 10, 2, List.of(workers), 0);
  private MandateEditor form;
  private final AtomicReference<MandateForm> saved = new AtomicReference<>();

  @BeforeEach
  void open() {
    form = new MandateEditor(cmas);
    form.edit(MandateEditor.blank());
    form.addSaveListener(event -> saved.set(event.value()));
  }

  @Test
  void the_end_follows_the_start_and_saving_carries_the_record() {
    LocalDate start = LocalDate.of(2026, 3, 1);
    form.segment.setValue(workers);
    form.seat.setValue(1);
    form.person.setValue("Rita");
    form.cpf.setValue("529.982.247-25");
    form.start.setValue(start);

    form.saveButton().click();

    assertThat(saved.get()).isEqualTo(new MandateForm(workers.id(), 1, MandateRole.MEMBER, "Rita", "529.982.247-25",
        null, false, start, start.plusYears(2).minusDays(1)));
  }

  @Test
  void the_cpf_takes_only_digits_and_separators_shows_its_format_and_refuses_letters_in_portuguese() {
    assertThat(form.cpf.getAllowedCharPattern()).isEqualTo("[0-9.\\-]");
    assertThat(form.cpf.getMaxLength()).isEqualTo(14);
    assertThat(form.cpf.getHelperText()).isEqualTo("000.000.000-00");

    form.segment.setValue(workers);
    form.seat.setValue(1);
    form.person.setValue("Rita");
    form.cpf.setValue("529.982.247-2A");
    form.start.setValue(LocalDate.of(2026, 3, 1));
    form.saveButton().click();

    assertThat(saved.get()).isNull();
    assertThat(form.cpf.getErrorMessage()).isEqualTo("CPF inválido: confira os 11 dígitos.");
  }

  @Test
  void no_seat_is_refused_under_the_seat_in_portuguese() {
    form.saveButton().click();

    assertThat(saved.get()).isNull();
    assertThat(form.seat.isInvalid()).isTrue();
    assertThat(form.seat.getErrorMessage()).isEqualTo(form.getTranslation("council.mandate.seat.required"))
        .doesNotStartWith("{");
  }

  @Test
  void a_manager_representing_workers_is_refused_under_the_organisation() {
    form.showRefusal(new DomainRefusal("organisation", "council.mandate.worker-in-management"));

    assertThat(form.organisation.getErrorMessage()).isEqualTo(
        "Trabalhador(a) que ocupa cargo de direção ou chefia não pode representar o segmento dos trabalhadores.");
  }
}
