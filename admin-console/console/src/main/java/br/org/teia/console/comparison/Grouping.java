package br.org.teia.console.comparison;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every group any comparison can show, with the member municipalities it can show them for and
 * their names, state and region-set placement.
 */
public record Grouping(List<ComparisonGroup> groups, Map<String, Place> municipalities) implements Serializable {

  /** A member municipality: name, state, size class (may be null) and the group ids it belongs to. */
  public record Place(String ibgeCode, String name, String uf, String sizeClass, List<String> groups)
      implements Serializable {}

  public Grouping {
    groups = List.copyOf(groups);
    municipalities = Map.copyOf(municipalities);
  }

  public Optional<ComparisonGroup> group(String id) {
    return groups.stream().filter(g -> g.id().equals(id)).findFirst();
  }

  /** The region of {@code set} the municipality is in. */
  public Optional<ComparisonGroup> regionOf(String ibgeCode, String set) {
    return groups.stream()
        .filter(g -> g.type() == GroupType.REGION && g.setId().equals(set) && g.members().contains(ibgeCode))
        .findFirst();
  }

  public Optional<ComparisonGroup> peersOf(String ibgeCode) {
    return groups.stream().filter(g -> g.type() == GroupType.PEER && g.members().contains(ibgeCode)).findFirst();
  }

  public Optional<ComparisonGroup> stateOf(String ibgeCode) {
    return groups.stream().filter(g -> g.type() == GroupType.STATE && g.members().contains(ibgeCode)).findFirst();
  }
}
