package br.org.teia.training.enrolment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Someone from outside Teia (a community leader) the staff enrol on behalf of a municipality: name,
 * CPF (for the certificate) and e-mail. A person already registered with this CPF is reused.
 */
public record OutsideParticipantForm(
    @NotBlank(message = "{training.participant.name.required}") @Size(max = 200, message = "{training.text.too-long}") String name,
    @NotBlank(message = "{training.participant.cpf.invalid}") String cpf,
    @Email(message = "{training.participant.email.invalid}") @Size(max = 200, message = "{training.text.too-long}") String email,
    @NotBlank(message = "{training.participant.municipality.required}")
    @Pattern(regexp = "[0-9]{7}", message = "{training.participant.municipality.required}") String ibgeCode) {

  public OutsideParticipantForm {
    name = name == null || name.isBlank() ? null : name.strip();
    cpf = br.org.teia.kernel.suas.Cpf.normalize(cpf);
    email = email == null || email.isBlank() ? null : email.strip();
    ibgeCode = ibgeCode == null || ibgeCode.isBlank() ? null : ibgeCode.strip();
  }
}
