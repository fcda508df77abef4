package br.org.teia.structure.unit;

/** Protection levels of the Tipificação Nacional: basic, special of medium and of high complexity. */
public enum ProtectionLevel {
  BASIC,
  SPECIAL_MEDIUM,
  SPECIAL_HIGH;

  public String labelKey() {
    return "structure.protection-level." + name();
  }
}
