package br.org.teia.structure.entity;

import br.org.teia.council.api.InscriptionStatus;

/**
 * Where an entity stands with one council, as the network list shows it: the statuses the council
 * publishes ({@link InscriptionStatus}), plus "not inscribed" for an entity no council has spoken
 * about yet.
 */
public enum InscriptionState {
  NOT_INSCRIBED,
  IN_PROGRESS,
  INSCRIBED,
  REFUSED,
  CANCELLED;

  public static InscriptionState of(InscriptionStatus status) {
    return status == null ? NOT_INSCRIBED : valueOf(status.name());
  }

  /** The council's status this state stands for; null for {@link #NOT_INSCRIBED}. */
  InscriptionStatus status() {
    return this == NOT_INSCRIBED ? null : InscriptionStatus.valueOf(name());
  }

  public String labelKey() {
    return "structure.entity.inscription." + name();
  }
}
