package br.org.teia.structure.unit;

/**
 * Kinds of public unit of the SUAS network a municipality runs. Which services each may offer is
 * data (table {@code typified_service_unit_type}), not a property of this enum.
 */
public enum UnitType {
  CRAS,
  CREAS,
  CENTRO_POP,
  CENTRO_DIA,
  CENTRO_CONVIVENCIA,
  ABRIGO_INSTITUCIONAL,
  CASA_LAR,
  CASA_DE_PASSAGEM,
  RESIDENCIA_INCLUSIVA,
  REPUBLICA,
  /** Equipe volante: part of a CRAS's team that reaches dispersed or remote areas; always attached to one CRAS. */
  EQUIPE_VOLANTE;

  public String labelKey() {
    return "structure.unit.type." + name();
  }

  /** What the capacity counts for this type (families referenced, cases followed, places...). */
  public String capacityKey() {
    return switch (this) {
      case CRAS, EQUIPE_VOLANTE -> "structure.unit.capacity.families";
      case CREAS -> "structure.unit.capacity.cases";
      case ABRIGO_INSTITUCIONAL, CASA_LAR, CASA_DE_PASSAGEM, RESIDENCIA_INCLUSIVA, REPUBLICA -> "structure.unit.capacity.places";
      default -> "structure.unit.capacity.people";
    };
  }
}
