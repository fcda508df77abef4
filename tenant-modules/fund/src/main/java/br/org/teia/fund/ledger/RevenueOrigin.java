package br.org.teia.fund.ledger;

/** Where a revenue came from: typed by the fund's manager or an imported file (the FNAS releases). */
public enum RevenueOrigin {
  HAND,
  IMPORT;

  public String labelKey() {
    return "fund.revenue.origin." + name();
  }
}
