package br.org.teia.console.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A region's name (new or changed). */
public record RegionName(
    @NotBlank(message = "{console.region.name.required}")
    @Size(max = 120, message = "{console.region.name.size}") String name) {

  public RegionName {
    name = name == null ? null : name.strip();
  }
}
