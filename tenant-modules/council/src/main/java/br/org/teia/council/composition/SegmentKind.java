package br.org.teia.council.composition;

/** Who a segment's seats represent: government (by secretariat) or a civil-society segment. */
public enum SegmentKind {
  GOVERNMENT(Side.GOVERNMENT),
  /** Usuários ou organizações de usuários. */
  USERS(Side.CIVIL_SOCIETY),
  /** Entidades e organizações de assistência social. */
  ENTITIES(Side.CIVIL_SOCIETY),
  /** Trabalhadores do setor. */
  WORKERS(Side.CIVIL_SOCIETY);

  private final Side side;

  SegmentKind(Side side) {
    this.side = side;
  }

  public Side side() {
    return side;
  }

  public String labelKey() {
    return "council.segment-kind." + name();
  }
}
