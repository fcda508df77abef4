package br.org.teia.council.composition;

/** Seats filled on each side on a date, members and alternates counted apart. */
public record ParityStatus(int governmentMembers, int civilSocietyMembers, int governmentAlternates,
    int civilSocietyAlternates) {

  public boolean respected() {
    return governmentMembers == civilSocietyMembers && governmentAlternates == civilSocietyAlternates;
  }
}
