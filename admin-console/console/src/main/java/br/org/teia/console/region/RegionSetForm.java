package br.org.teia.console.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** A new region set: its name and the state whose municipalities it groups. */
public record RegionSetForm(
    @NotBlank(message = "{console.region-set.name.required}")
    @Size(max = 120, message = "{console.region-set.name.size}") String name,
    @NotBlank(message = "{console.region-set.uf.required}")
    @Pattern(regexp = "[A-Z]{2}", message = "{console.region-set.uf.invalid}") String uf) {

  public RegionSetForm {
    name = name == null ? null : name.strip();
    uf = uf == null ? null : uf.strip().toUpperCase(Locale.ROOT);
  }
}
