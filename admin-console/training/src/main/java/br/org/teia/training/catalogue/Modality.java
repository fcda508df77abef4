package br.org.teia.training.catalogue;

/** How a course is given: presencial, a distância, híbrido. */
public enum Modality {
  IN_PERSON, DISTANCE, HYBRID;

  public String labelKey() {
    return "training.modality." + name();
  }
}
