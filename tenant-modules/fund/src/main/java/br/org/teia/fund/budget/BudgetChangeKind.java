package br.org.teia.fund.budget;

/** Whether an act adds to an allocation (crédito suplementar, especial) or takes from it (anulação de dotação). */
public enum BudgetChangeKind {
  SUPPLEMENT,
  REDUCTION;

  public String labelKey() {
    return "fund.budget.change." + name();
  }
}
