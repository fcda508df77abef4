package br.org.teia.structure.unit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What a person fills in to create or change a unit; validated in the UI, the API and the service.
 * {@code parentCrasId} is the CRAS a mobile team (equipe volante) belongs to, and is ignored for
 * other types; {@code services} are codes of the Tipificação (PAIF, PAEFI...). A missing status
 * means active.
 */
public record UnitForm(
    @NotNull(message = "{structure.unit.type.required}") UnitType type,
    @NotBlank(message = "{structure.unit.name.required}")
    @Size(max = 120, message = "{structure.unit.name.size}") String name,
    @Size(max = 300, message = "{structure.unit.address.size}") String address,
    UUID territoryId,
    @PastOrPresent(message = "{structure.unit.opening-date.future}") LocalDate openingDate,
    UnitStatus status,
    @PositiveOrZero(message = "{structure.unit.capacity.range}")
    @Max(value = 1_000_000, message = "{structure.unit.capacity.range}") Integer capacity,
    UUID parentCrasId,
    Set<String> services) {

  public UnitForm {
    name = name == null || name.isBlank() ? name : name.strip();
    address = address == null || address.isBlank() ? null : address.strip();
    status = status == null ? UnitStatus.ACTIVE : status;
    services = services == null ? Set.of() : Set.copyOf(services);
  }
}
