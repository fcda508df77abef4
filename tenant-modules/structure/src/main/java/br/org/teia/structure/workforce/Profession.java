package br.org.teia.structure.workforce;

/**
 * Professions and occupations of SUAS workers.
 * <ul>
 *   <li>Higher level, Resolução CNAS nº 17/2011: assistente social, psicólogo and advogado (art. 1,
 *       mandatory in reference teams), antropólogo, economista doméstico, pedagogo, sociólogo,
 *       terapeuta ocupacional and musicoterapeuta (art. 2, may compose reference teams of the
 *       services); administrador, contador and economista (art. 3, management of the SUAS only).
 *   <li>Mid and fundamental level, Resolução CNAS nº 9/2014: orientador/educador social, cuidador
 *       social, técnico de nível médio, auxiliar administrativo; auxiliar de cuidador (auxiliar
 *       social) and apoio operacional at fundamental level.
 * </ul>
 * Which of them fill which place of a reference team is {@link TeamSlot}'s rule.
 */
public enum Profession {
  ASSISTENTE_SOCIAL(Category.HIGHER, true),
  PSICOLOGO(Category.HIGHER, true),
  ADVOGADO(Category.HIGHER, true),
  PEDAGOGO(Category.HIGHER, true),
  TERAPEUTA_OCUPACIONAL(Category.HIGHER, true),
  ANTROPOLOGO(Category.HIGHER, true),
  SOCIOLOGO(Category.HIGHER, true),
  ECONOMISTA_DOMESTICO(Category.HIGHER, true),
  MUSICOTERAPEUTA(Category.HIGHER, true),
  ADMINISTRADOR(Category.HIGHER, false),
  CONTADOR(Category.HIGHER, false),
  ECONOMISTA(Category.HIGHER, false),
  ORIENTADOR_SOCIAL(Category.MID, false),
  CUIDADOR_SOCIAL(Category.MID, false),
  TECNICO_NIVEL_MEDIO(Category.MID, false),
  AUXILIAR_ADMINISTRATIVO(Category.ADMINISTRATIVE, false),
  AUXILIAR_SOCIAL(Category.SUPPORT, false),
  APOIO_OPERACIONAL(Category.SUPPORT, false);

  /** Level of the occupation, which says the least schooling it needs. */
  public enum Category {
    HIGHER(EducationLevel.SUPERIOR),
    MID(EducationLevel.MEDIO),
    ADMINISTRATIVE(EducationLevel.FUNDAMENTAL),
    SUPPORT(EducationLevel.FUNDAMENTAL);

    private final EducationLevel minimumEducation;

    Category(EducationLevel minimumEducation) {
      this.minimumEducation = minimumEducation;
    }

    public EducationLevel minimumEducation() {
      return minimumEducation;
    }
  }

  private final Category category;
  private final boolean referenceTeam;

  Profession(Category category, boolean referenceTeam) {
    this.category = category;
    this.referenceTeam = referenceTeam;
  }

  public Category category() {
    return category;
  }

  /** A higher-level profession that may compose the reference teams of the services (Res. CNAS 17/2011, arts. 1-2). */
  public boolean higherLevelOfReferenceTeams() {
    return category == Category.HIGHER && referenceTeam;
  }

  /** The schooling a person in this occupation has at least: a psychologist has a degree. */
  public EducationLevel minimumEducation() {
    return category.minimumEducation();
  }

  /** The schooling a form proposes when this profession is chosen. */
  public EducationLevel usualEducation() {
    return category == Category.SUPPORT ? EducationLevel.FUNDAMENTAL
        : category == Category.HIGHER ? EducationLevel.SUPERIOR : EducationLevel.MEDIO;
  }

  public String labelKey() {
    return "structure.worker.profession." + name();
  }
}
