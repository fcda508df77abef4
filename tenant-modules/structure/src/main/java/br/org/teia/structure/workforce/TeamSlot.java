package br.org.teia.structure.workforce;

/**
 * A place in a reference team, as the rows of {@code team_requirement} name it, and which worker
 * may fill it. Declared from the most to the least specific: the check fills places in this order,
 * so a social worker takes a social worker's place before a generic higher-level one, and the
 * generic places get whoever is left (a greedy fill that is optimal because each place accepts a
 * superset of the professions of the places before it, within its level).
 */
public enum TeamSlot {
  /** The unit's coordinator (one worker marked as such); counts for nothing else. */
  COORDINATOR,
  SOCIAL_WORKER,
  PSYCHOLOGIST,
  LAWYER,
  /** Auxiliar administrativo. */
  ADMIN_ASSISTANT,
  /** Técnico de nível superior: any higher-level profession of the reference teams (Res. CNAS 17/2011). */
  HIGHER_LEVEL,
  /** "Um profissional que compõe o SUAS": the same professions as {@link #HIGHER_LEVEL}. */
  HIGHER_SUAS,
  /** Técnico de nível médio: orientador/educador social, cuidador, técnico de nível médio, auxiliar administrativo. */
  MID_LEVEL,
  /** "Profissional de nível superior ou médio (abordagem dos usuários)": technical, not administrative. */
  HIGHER_OR_MID;

  /** Whether {@code profession} may fill this place (the coordinator is decided by the worker's role, not here). */
  public boolean accepts(Profession profession) {
    return switch (this) {
      case COORDINATOR -> true;
      case SOCIAL_WORKER -> profession == Profession.ASSISTENTE_SOCIAL;
      case PSYCHOLOGIST -> profession == Profession.PSICOLOGO;
      case LAWYER -> profession == Profession.ADVOGADO;
      case ADMIN_ASSISTANT -> profession == Profession.AUXILIAR_ADMINISTRATIVO;
      case HIGHER_LEVEL, HIGHER_SUAS -> profession.higherLevelOfReferenceTeams();
      case MID_LEVEL -> profession.category() == Profession.Category.MID
          || profession.category() == Profession.Category.ADMINISTRATIVE;
      case HIGHER_OR_MID -> profession.higherLevelOfReferenceTeams() || profession.category() == Profession.Category.MID;
    };
  }

  /** Message key of "N assistentes sociais" (a choice format on the count). */
  public String labelKey() {
    return "structure.team.slot." + name();
  }
}
