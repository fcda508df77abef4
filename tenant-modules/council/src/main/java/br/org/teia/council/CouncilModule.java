package br.org.teia.council;

/** The module's name, as its indicator codes, i18n bundle and changelog folder spell it. */
public final class CouncilModule {

  public static final String NAME = "council";

  private CouncilModule() {}
}
