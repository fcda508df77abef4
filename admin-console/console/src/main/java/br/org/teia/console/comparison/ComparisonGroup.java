package br.org.teia.console.comparison;

import java.io.Serializable;
import java.util.List;

/**
 * A group whose total may be shown: the state ({@code state:MG}), a region of a region set
 * ({@code region:<set>:<region>}) or a size-class peer group ({@code peer:PEQUENO_I}).
 *
 * @param label    the state's abbreviation, the region's name, or the size class's name
 * @param setId    the region set, for a region
 * @param setName  the region set's name, for a region
 * @param members  IBGE codes of the member municipalities in the group
 */
public record ComparisonGroup(String id, GroupType type, String label, String setId, String setName,
    List<String> members) implements Serializable {

  public ComparisonGroup {
    members = List.copyOf(members);
  }
}
