package br.org.teia.structure.managingbody;

/**
 * Nível de gestão do SUAS in which the municipality was habilitado (NOB-SUAS 2005). The NOB-RH/SUAS
 * sizes the CREAS reference team by it (inicial and básica: 50 cases; plena: 80). Recorded on the
 * managing body, never derived: it is an act of habilitação, not a function of the population.
 */
public enum SuasManagementLevel {
  INICIAL,
  BASICA,
  PLENA;

  public String labelKey() {
    return "structure.management-level." + name();
  }
}
