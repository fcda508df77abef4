package br.org.teia.fund.importing;

/** The files the fund imports. */
public enum ImportKind {
  /** The accounting system's execution export: commitments and their stages. */
  EXECUTION,
  /** Transfers received per block and month (the FNAS releases, the state's). */
  REVENUE
}
