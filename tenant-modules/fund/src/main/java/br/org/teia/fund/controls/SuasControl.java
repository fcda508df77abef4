package br.org.teia.fund.controls;

/** The SUAS rules checked on the fund's figures, per financing block. */
public enum SuasControl {
  /** The block paid no more than it had (carried + received): money never came from another block. */
  BLOCK_BALANCE,
  /** IGD-SUAS and IGD-PBF resources never pay personnel. */
  IGD_PERSONNEL,
  /** What is committed beyond the year's receipts spends the carried balance: it needs a matching allocation. */
  REPROGRAMMED_ALLOCATION,
  /** Paid over (carried + received) in the 12 months of the year against the federal target. */
  EXECUTION_RATE;

  public String labelKey() {
    return "fund.control." + name();
  }
}
