package br.org.teia.exchange.event;

/** What an event is: an assembly of COGEMAS, a regional meeting, a training, something else. */
public enum EventKind {
  ASSEMBLY, REGIONAL_MEETING, TRAINING, OTHER;

  public String labelKey() {
    return "exchange.event.kind." + name();
  }
}
