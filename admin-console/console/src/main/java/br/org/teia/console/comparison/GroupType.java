package br.org.teia.console.comparison;

/** The kinds of group a comparison shows totals of. */
public enum GroupType {
  STATE, REGION, PEER
}
