package br.org.teia.fund.statement;

/** Where the year's demonstrativo stands: prepared, finalised (fixed), sent to the council, appreciated. */
public enum StatementStatus {
  DRAFT, FINAL, SENT, APPRECIATED
}
