package br.org.teia.fund;

/** The module's name, as its indicator codes, i18n bundle and changelog folder spell it. */
public final class FundModule {

  public static final String NAME = "fund";

  private FundModule() {}
}
