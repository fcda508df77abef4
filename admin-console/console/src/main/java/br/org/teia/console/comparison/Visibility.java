package br.org.teia.console.comparison;

/** How a figure may be shown below the state. */
public enum Visibility {
  /** The value is shown. */
  SHOWN,
  /** Under k: shown as "&lt; k". */
  PRIMARY,
  /** At least k, hidden so that no hidden figure can be worked out from the others: "protegido". */
  COMPLEMENTARY
}
