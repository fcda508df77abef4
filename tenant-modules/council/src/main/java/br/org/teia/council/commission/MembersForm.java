package br.org.teia.council.commission;

import java.util.Set;
import java.util.UUID;

/** A commission's members (mandate ids of councillors in office) and its coordinator, one of them (or none). */
public record MembersForm(Set<UUID> members, UUID coordinator) {

  public MembersForm {
    members = members == null ? Set.of() : Set.copyOf(members);
  }
}
