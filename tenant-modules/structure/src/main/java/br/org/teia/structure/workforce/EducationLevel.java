package br.org.teia.structure.workforce;

/** Escolaridade: the highest level of schooling completed. */
public enum EducationLevel {
  FUNDAMENTAL,
  MEDIO,
  SUPERIOR;

  public String labelKey() {
    return "structure.worker.education." + name();
  }

  boolean atLeast(EducationLevel other) {
    return compareTo(other) >= 0;
  }
}
