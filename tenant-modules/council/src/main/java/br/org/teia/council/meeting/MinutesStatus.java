package br.org.teia.council.meeting;

/** A draft can be changed; approved minutes (ata aprovada) are locked. */
public enum MinutesStatus {
  DRAFT,
  APPROVED;

  public String labelKey() {
    return "council.minutes-status." + name();
  }
}
