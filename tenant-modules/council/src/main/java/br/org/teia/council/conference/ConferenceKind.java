package br.org.teia.council.conference;

/** Ordinary conferences follow the 4-year cycle; extraordinary ones are convened when needed. */
public enum ConferenceKind {
  ORDINARY, EXTRAORDINARY;

  public String labelKey() {
    return "council.conference-kind." + name();
  }
}
