package br.org.teia.training.catalogue;

/** Whom a course is meant for. */
public enum Audience {
  MANAGER, STAFF, COUNCILLOR, COMMUNITY_LEADER, ANYONE;

  public String labelKey() {
    return "training.audience." + name();
  }
}
