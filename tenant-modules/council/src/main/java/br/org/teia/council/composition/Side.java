package br.org.teia.council.composition;

/** The two halves of a paritary council. */
public enum Side {
  GOVERNMENT,
  CIVIL_SOCIETY;

  public String labelKey() {
    return "council.side." + name();
  }
}
