package br.org.teia.structure.workforce;

import br.org.teia.kernel.suas.Cpf;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.hibernate.validator.constraints.br.CPF;

/**
 * A worker as a person fills it in; validated in the UI, the API and the service, and the CPF once
 * more by the domain ({@link Cpf}). The CPF loses its punctuation before validation. On a change, a
 * blank CPF keeps the one recorded (so a form never needs to show it); on creation it is required.
 * A missing {@code coordinator} means no.
 */
public record WorkerForm(
    @NotBlank(message = "{structure.worker.name.required}")
    @Size(max = 120, message = "{structure.worker.name.size}") String name,
    @CPF(message = "{structure.worker.cpf.invalid}") String cpf,
    @NotNull(message = "{structure.worker.profession.required}") Profession profession,
    @NotNull(message = "{structure.worker.education.required}") EducationLevel educationLevel,
    @NotNull(message = "{structure.worker.bond.required}") EmploymentBond bond,
    @NotNull(message = "{structure.worker.hours.range}")
    @Min(value = 1, message = "{structure.worker.hours.range}")
    @Max(value = 60, message = "{structure.worker.hours.range}") Integer weeklyHours,
    @NotNull(message = "{structure.worker.unit.required}") UUID unitId,
    Boolean coordinator) {

  public WorkerForm {
    name = name == null || name.isBlank() ? name : name.strip().replaceAll("\\s+", " ");
    cpf = Cpf.normalize(cpf);
    coordinator = Boolean.TRUE.equals(coordinator);
  }

  /**
   * A higher-level profession needs a degree, a mid-level one secondary school: shown under the
   * schooling field (property {@code educationSufficient}).
   */
  @AssertTrue(message = "{structure.worker.education.too-low}")
  public boolean isEducationSufficient() {
    return profession == null || educationLevel == null || educationLevel.atLeast(profession.minimumEducation());
  }
}
