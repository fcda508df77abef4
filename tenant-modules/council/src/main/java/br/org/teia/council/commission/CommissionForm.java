package br.org.teia.council.commission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new commission: its kind and name. */
public record CommissionForm(
    @NotNull(message = "{council.commission.kind.required}") CommissionKind kind,
    @NotBlank(message = "{council.commission.name.required}")
    @Size(max = 200, message = "{council.commission.name.size}") String name) {

  public CommissionForm {
    name = name == null ? null : name.strip();
  }
}
