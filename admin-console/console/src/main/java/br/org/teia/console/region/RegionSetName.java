package br.org.teia.console.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A region set's new name. */
public record RegionSetName(
    @NotBlank(message = "{console.region-set.name.required}")
    @Size(max = 120, message = "{console.region-set.name.size}") String name) {

  public RegionSetName {
    name = name == null ? null : name.strip();
  }
}
