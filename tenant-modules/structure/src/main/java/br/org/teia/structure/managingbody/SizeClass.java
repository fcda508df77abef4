package br.org.teia.structure.managingbody;

/**
 * Porte do município (PNAS 2004, used by the NOB-SUAS), derived from the population: never typed
 * in, so it cannot disagree with it.
 */
public enum SizeClass {
  PEQUENO_I(20_000),
  PEQUENO_II(50_000),
  MEDIO(100_000),
  GRANDE(900_000),
  METROPOLE(Integer.MAX_VALUE);

  private final int upTo;

  SizeClass(int upTo) {
    this.upTo = upTo;
  }

  /** The class of a municipality of {@code population} inhabitants (each bound is inclusive). */
  public static SizeClass of(int population) {
    if (population <= 0) {
      throw new IllegalArgumentException("population must be positive: " + population);
    }
    for (SizeClass size : values()) {
      if (population <= size.upTo) {
        return size;
      }
    }
    throw new AssertionError("unreachable");
  }

  /** Message key of the Portuguese name ("Pequeno porte I", "Metrópole"...). */
  public String labelKey() {
    return "structure.size-class." + name();
  }
}
