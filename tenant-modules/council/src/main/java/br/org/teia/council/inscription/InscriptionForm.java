package br.org.teia.council.inscription;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A request for inscription: the entity by CNPJ and name, what is inscribed, the services offered
 * (free text, e.g. "SCFV para 150 crianças e adolescentes") and the date the council received it.
 */
public record InscriptionForm(
    @NotNull(message = "{council.inscription.kind-required}") InscriptionKind kind,
    @NotBlank(message = "{council.inscription.cnpj.required}")
    @Size(max = 18, message = "{council.inscription.cnpj.invalid}") String cnpj,
    @NotBlank(message = "{council.inscription.entity.required}")
    @Size(max = 300, message = "{council.inscription.entity.size}") String entityName,
    @Size(max = 4000, message = "{council.inscription.services.size}") String services,
    @NotNull(message = "{council.inscription.date.required}")
    @PastOrPresent(message = "{council.inscription.date.future}") LocalDate requestedOn) {}
