package br.org.teia.council.composition;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person taking a seat: the seat (segment and number), as member or alternate, who (name and
 * CPF, which identifies the person across terms), whom they represent, and the period.
 * {@code managementPosition}: the person holds a direção or chefia position (refused on a workers' seat).
 */
public record MandateForm(
    @NotNull(message = "{council.mandate.segment.required}") UUID segmentId,
    @Min(value = 1, message = "{council.mandate.seat.required}") int seatNumber,
    @NotNull(message = "{council.mandate.role.required}") MandateRole role,
    @NotBlank(message = "{council.mandate.person.required}")
    @Size(max = 200, message = "{council.mandate.person.size}") String personName,
    @NotBlank(message = "{council.mandate.cpf.required}")
    @Pattern(regexp = "\\d{3}\\.?\\d{3}\\.?\\d{3}-?\\d{2}", message = "{council.mandate.cpf.invalid}") String cpf,
    @Size(max = 200, message = "{council.mandate.organisation.size}") String organisation,
    boolean managementPosition,
    @NotNull(message = "{council.mandate.starts-on.required}") LocalDate startsOn,
    @NotNull(message = "{council.mandate.ends-on.required}") LocalDate endsOn) {

  public MandateForm {
    personName = personName == null ? null : personName.strip();
    cpf = cpf == null ? null : cpf.strip();
    organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
  }
}
