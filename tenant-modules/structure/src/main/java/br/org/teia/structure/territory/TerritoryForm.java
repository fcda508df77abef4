package br.org.teia.structure.territory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What a person fills in to create or change a territory; validated in the UI, the API and the service. */
public record TerritoryForm(
    @NotBlank(message = "{structure.territory.name.required}")
    @Size(max = 120, message = "{structure.territory.name.size}") String name,
    @Size(max = 2000, message = "{structure.territory.text.size}") String neighbourhoods,
    @PositiveOrZero(message = "{structure.territory.families.range}")
    @Max(value = 10_000_000, message = "{structure.territory.families.range}") Integer estimatedFamilies,
    @Size(max = 2000, message = "{structure.territory.text.size}") String vulnerabilityNotes) {}
