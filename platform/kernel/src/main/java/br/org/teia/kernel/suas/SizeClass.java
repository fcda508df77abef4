package br.org.teia.kernel.suas;

/**
 * Porte do município (PNAS 2004 / NOB-SUAS), derived from the population: never typed in, so it
 * cannot disagree with it. Pequeno I up to 20,000 inhabitants, Pequeno II up to 50,000, Médio up to
 * 100,000, Grande up to 900,000, Metrópole above; each bound is inclusive. Also the console's
 * built-in peer groups.
 */
public enum SizeClass {
  PEQUENO_I(1, 20_000),
  PEQUENO_II(20_001, 50_000),
  MEDIO(50_001, 100_000),
  GRANDE(100_001, 900_000),
  METROPOLE(900_001, Integer.MAX_VALUE);

  private final int from;
  private final int upTo;

  SizeClass(int from, int upTo) {
    this.from = from;
    this.upTo = upTo;
  }

  /** The class of {@code population} inhabitants; none for an unknown (null) population. */
  public static SizeClass of(Integer population) {
    if (population == null) {
      return null;
    }
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

  public int from() {
    return from;
  }

  public int upTo() {
    return upTo;
  }

  /** Message key of the Portuguese name ("Pequeno porte I", "Metrópole"...). */
  public String labelKey() {
    return "suas.size-class." + name();
  }
}
