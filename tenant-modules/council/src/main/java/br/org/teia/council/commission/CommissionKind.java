package br.org.teia.council.commission;

/**
 * What a commission is for: a theme the council studies (as many as it wants), the inscription of
 * entities, or ethics (at most one of each of the last two per council).
 */
public enum CommissionKind {
  THEMATIC,
  ENTITY_INSCRIPTION,
  ETHICS;

  public String labelKey() {
    return "council.commission-kind." + name();
  }

  /** Whether a council may have only one commission of this kind. */
  public boolean single() {
    return this != THEMATIC;
  }
}
