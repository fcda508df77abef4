package br.org.teia.council.inscription;

/** What an act of the inscription did, as its history lists it. */
public enum InscriptionAction {
  REQUESTED,
  DOCUMENTS_ANALYSED,
  VISIT_DONE,
  VISIT_SKIPPED,
  RETURNED_FOR_DILIGENCE,
  OPINION_GIVEN,
  DELIBERATED,
  PUBLISHED,
  CERTIFICATE_ISSUED,
  ENTITY_NOTIFIED;

  public String labelKey() {
    return "council.inscription.action." + name();
  }
}
