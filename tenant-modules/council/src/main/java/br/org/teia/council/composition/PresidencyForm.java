package br.org.teia.council.composition;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/** A presidency term: the member's mandate (the president must be a titular member), from and to. */
public record PresidencyForm(
    @NotNull(message = "{council.presidency.mandate.required}") UUID mandateId,
    @NotNull(message = "{council.presidency.starts-on.required}") LocalDate startsOn,
    @NotNull(message = "{council.presidency.ends-on.required}") LocalDate endsOn) {}
