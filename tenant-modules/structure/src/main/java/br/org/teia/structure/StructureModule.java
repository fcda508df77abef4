package br.org.teia.structure;

/** The module's name, as its indicator codes, i18n bundle and changelog folder spell it. */
public final class StructureModule {

  public static final String NAME = "structure";

  private StructureModule() {}
}
