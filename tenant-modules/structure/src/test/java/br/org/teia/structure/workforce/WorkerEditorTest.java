package br.org.teia.structure.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.TeiaException;
import br.org.teia.structure.unit.UnitStatus;
import br.org.teia.structure.unit.UnitSummary;
import br.org.teia.structure.unit.UnitType;
import br.org.teia.testsupport.FormUi;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The worker form on its own: no Spring, no database. */
@ExtendWith(FormUi.class)
class WorkerEditorTest {

  private final UnitSummary cras = new UnitSummary(UUID.randomUUID(), UnitType.CRAS, "CRAS Norte", null, null, null,
      null, UnitStatus.ACTIVE, null, null, null, List.of(), 0);
  private WorkerEditor form;
  private final AtomicReference<WorkerForm> saved = new AtomicReference<>();

  @BeforeEach
  void open() {
    form = new WorkerEditor(List.of(cras));
    form.edit(WorkerEditor.blank(40, cras.id()));
    form.addSaveListener(event -> saved.set(event.value()));
  }

  @Test
  void choosing_a_profession_proposes_its_schooling_and_saving_carries_the_record() {
    form.name.setValue("Ana  Souza");
    form.cpf.setValue("529.982.247-25");
    form.profession.setValue(Profession.ASSISTENTE_SOCIAL);

    form.saveButton().click();

    assertThat(saved.get()).isEqualTo(new WorkerForm("Ana Souza", "52998224725", Profession.ASSISTENTE_SOCIAL,
        Profession.ASSISTENTE_SOCIAL.usualEducation(), EmploymentBond.EFETIVO, 40, cras.id(), false));
  }

  @Test
  void an_invalid_cpf_is_shown_under_the_field_in_portuguese() {
    form.name.setValue("Ana Souza");
    form.cpf.setValue("111.111.111-12");
    form.profession.setValue(Profession.ASSISTENTE_SOCIAL);

    form.saveButton().click();

    assertThat(saved.get()).isNull();
    assertThat(form.cpf.getErrorMessage()).isEqualTo(form.getTranslation("structure.worker.cpf.invalid"))
        .doesNotStartWith("{");
  }

  @Test
  void the_cpf_takes_only_digits_and_separators_shows_its_format_and_refuses_letters_in_portuguese() {
    assertThat(form.cpf.getAllowedCharPattern()).isEqualTo("[0-9.\\-]");
    assertThat("a").doesNotMatch(form.cpf.getAllowedCharPattern());
    assertThat(form.cpf.getMaxLength()).isEqualTo(14);
    assertThat(form.cpf.getHelperText()).isEqualTo("000.000.000-00");

    form.name.setValue("Ana Souza");
    form.cpf.setValue("529.982.247-2A");
    form.profession.setValue(Profession.ASSISTENTE_SOCIAL);
    form.saveButton().click();

    assertThat(saved.get()).isNull();
    assertThat(form.cpf.getErrorMessage()).isEqualTo("CPF inválido: confira os dígitos.");
  }

  @Test
  void refusals_name_their_field_the_schooling_rule_included() {
    form.showRefusal(new DomainRefusal("coordinator", "structure.worker.coordinator.taken", "CRAS Norte", "Bia"));
    assertThat(form.coordinator.isInvalid()).isTrue();

    try (var factory = Validation.buildDefaultValidatorFactory()) {
      var tooLow = new WorkerForm("Ana", null, Profession.ASSISTENTE_SOCIAL, EducationLevel.values()[0],
          EmploymentBond.EFETIVO, 40, cras.id(), false);
      form.showViolations(new ConstraintViolationException(factory.getValidator().validate(tooLow)));
    }
    assertThat(form.education.isInvalid()).isTrue();
    assertThat(form.education.getErrorMessage()).isEqualTo(form.getTranslation("structure.worker.education.too-low"));
  }

  @Test
  void an_invalid_cpf_and_too_little_schooling_are_shown_together_before_the_service_is_asked() {
    form.name.setValue("Ana Souza");
    form.cpf.setValue("123.456.789-00");
    form.profession.setValue(Profession.PSICOLOGO);
    form.education.setValue(EducationLevel.MEDIO);

    form.saveButton().click();

    assertThat(saved.get()).isNull();
    assertThat(form.cpf.isInvalid()).isTrue();
    assertThat(form.education.isInvalid()).isTrue();
    assertThat(form.education.getErrorMessage()).isEqualTo(form.getTranslation("structure.worker.education.too-low"));
  }

  @Test
  void a_recorded_cpf_is_shown_whole_on_demand_and_a_refused_reveal_is_said_and_can_be_tried_again() {
    form.recorded("***.456.789-**", () -> {
      throw new TeiaException("structure.worker.not-found", "x");
    });
    NotificationsKt.clearNotifications();

    form.showCpf.click();

    assertThat(NotificationsKt.getNotifications()).hasSize(1);
    assertThat(form.showCpf.isEnabled()).isTrue();
    assertThat(form.cpf.getValue()).isEmpty();
  }

  @Test
  void a_revealed_cpf_fills_the_field_once() {
    form.recorded("***.456.789-**", () -> "529.982.247-25");

    form.showCpf.click();

    assertThat(form.cpf.getValue()).isEqualTo("529.982.247-25");
    assertThat(form.showCpf.isEnabled()).isFalse();
  }
}
