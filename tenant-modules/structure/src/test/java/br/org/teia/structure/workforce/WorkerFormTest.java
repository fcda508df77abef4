package br.org.teia.structure.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

/** The worker form as typed: its CPF (moved with the kernel's {@code Cpf} tests) and its name. */
class WorkerFormTest {

  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  @Test
  void the_form_strips_punctuation_and_refuses_an_invalid_cpf_in_portuguese() {
    WorkerForm form = new WorkerForm(" Maria  da Silva ", "529.982.247-25", Profession.PSICOLOGO, EducationLevel.SUPERIOR,
        EmploymentBond.EFETIVO, 40, java.util.UUID.randomUUID(), null);
    assertThat(form.cpf()).isEqualTo("52998224725");
    assertThat(form.name()).isEqualTo("Maria da Silva");
    assertThat(form.coordinator()).isFalse();
    assertThat(VALIDATOR.validate(form)).isEmpty();

    WorkerForm invalid = new WorkerForm("Maria", "529.982.247-24", Profession.PSICOLOGO, EducationLevel.MEDIO,
        EmploymentBond.EFETIVO, 40, java.util.UUID.randomUUID(), false);
    assertThat(VALIDATOR.validate(invalid)).extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("cpf", "educationSufficient");
  }
}
