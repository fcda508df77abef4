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
    @NotNull InscriptionKind kind,
    @NotBlank @Size(max = 18) String cnpj,
    @NotBlank @Size(max = 300) String entityName,
    @Size(max = 4000) String services,
    @NotNull @PastOrPresent LocalDate requestedOn) {}
