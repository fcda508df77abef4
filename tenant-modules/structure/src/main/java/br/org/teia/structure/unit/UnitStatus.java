package br.org.teia.structure.unit;

public enum UnitStatus {
  ACTIVE,
  INACTIVE;

  public String labelKey() {
    return "structure.unit.status." + name();
  }
}
