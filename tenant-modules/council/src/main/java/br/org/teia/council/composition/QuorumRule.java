package br.org.teia.council.composition;

/** How many seats must be present for the council to deliberate, as the law or regulation says. */
public enum QuorumRule {
  /** More than half of the seats (maioria absoluta): 11 of 20, 7 of 12. */
  ABSOLUTE_MAJORITY {
    @Override
    public int required(int seats) {
      return seats / 2 + 1;
    }
  },
  /** Two thirds of the seats, rounded up: 14 of 20, 8 of 12. */
  TWO_THIRDS {
    @Override
    public int required(int seats) {
      return (2 * seats + 2) / 3;
    }
  };

  /** Seats that must be present for a council of {@code seats} seats to deliberate. */
  public abstract int required(int seats);

  public String labelKey() {
    return "council.quorum-rule." + name();
  }
}
