package br.org.teia.training.enrolment;

/** Where an enrolment stands. CONFIRMED and OFFERED hold a seat; WAITING is in line, first come first served. */
public enum EnrolmentStatus {
  CONFIRMED, WAITING, OFFERED, CANCELLED, EXPIRED;

  public boolean holdsSeat() {
    return this == CONFIRMED || this == OFFERED;
  }

  public boolean active() {
    return this == CONFIRMED || this == OFFERED || this == WAITING;
  }

  public String labelKey() {
    return "training.enrolment.status." + name();
  }
}
