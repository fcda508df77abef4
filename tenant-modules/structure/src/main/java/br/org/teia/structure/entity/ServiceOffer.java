package br.org.teia.structure.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Locale;

/**
 * A service of the Tipificação an entity offers (its code: SCFV, ACOLHIMENTO_INSTITUCIONAL...) and
 * how many people or families it serves there.
 */
public record ServiceOffer(
    @NotBlank(message = "{structure.entity.service.required}") String serviceCode,
    @NotNull(message = "{structure.entity.service.capacity}")
    @Positive(message = "{structure.entity.service.capacity}")
    @Max(value = 1_000_000, message = "{structure.entity.service.capacity}") Integer capacity) {

  public ServiceOffer {
    serviceCode = serviceCode == null || serviceCode.isBlank() ? null : serviceCode.strip().toUpperCase(Locale.ROOT);
  }
}
