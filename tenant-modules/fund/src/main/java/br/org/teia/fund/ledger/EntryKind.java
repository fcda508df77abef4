package br.org.teia.fund.ledger;

/**
 * The stages of an expense's execution and their reversals (estorno / anulação). An entry is never
 * edited or deleted: a mistake is undone by a reversal entry of the same stage.
 */
public enum EntryKind {
  /** Empenho: the allocation reserved for the expense. */
  COMMITMENT,
  /** Anulação de empenho: gives back what was committed and not liquidated. */
  COMMITMENT_REVERSAL,
  /** Liquidação: the service or good was delivered and checked. */
  LIQUIDATION,
  /** Estorno de liquidação: undoes what was liquidated and not paid. */
  LIQUIDATION_REVERSAL,
  /** Pagamento. */
  PAYMENT,
  /** Estorno de pagamento: the payment came back. */
  PAYMENT_REVERSAL;

  public String labelKey() {
    return "fund.entry." + name();
  }
}
