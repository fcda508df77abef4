package br.org.teia.council.inscription;

/**
 * What is inscribed: the entity itself (headquartered in the municipality), or only its services,
 * programmes and projects offered here (an entity headquartered elsewhere), as the law distinguishes.
 */
public enum InscriptionKind {
  ENTITY,
  SERVICES;

  public String labelKey() {
    return "council.inscription.kind." + name();
  }
}
