package br.org.teia.console.member;

/** A member's annual contribution to the association; a year nobody recorded counts as pending. */
public enum ContributionStatus {
  PAID,
  PENDING,
  EXEMPT;

  public String labelKey() {
    return "console.contribution." + name();
  }
}
