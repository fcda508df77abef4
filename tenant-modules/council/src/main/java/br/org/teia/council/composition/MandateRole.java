package br.org.teia.council.composition;

/** Titular (member) or suplente (alternate) of a seat. */
public enum MandateRole {
  MEMBER,
  ALTERNATE;

  public String labelKey() {
    return "council.mandate-role." + name();
  }
}
