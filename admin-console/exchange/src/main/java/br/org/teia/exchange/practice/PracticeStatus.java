package br.org.teia.exchange.practice;

import br.org.teia.kernel.TeiaException;

/**
 * Where a good practice is in moderation, and what each decision makes of it:
 * <pre>
 *   (submit) -> SUBMITTED --approve--------> APPROVED   (published; final)
 *                         --request changes-> CHANGES_REQUESTED --resubmit--> SUBMITTED
 *                         --refuse---------> REFUSED    (final)
 * </pre>
 * Any other decision is refused, naming what the decision needs.
 */
public enum PracticeStatus {
  SUBMITTED, CHANGES_REQUESTED, APPROVED, REFUSED;

  /** What staff or the submitter decide about a practice. */
  public enum Decision { APPROVE, REQUEST_CHANGES, REFUSE, RESUBMIT }

  /** The status after {@code decision}; refused when the decision does not apply to this status. */
  public PracticeStatus after(Decision decision) {
    PracticeStatus next = switch (this) {
      case SUBMITTED -> switch (decision) {
        case APPROVE -> APPROVED;
        case REQUEST_CHANGES -> CHANGES_REQUESTED;
        case REFUSE -> REFUSED;
        case RESUBMIT -> null;
      };
      case CHANGES_REQUESTED -> decision == Decision.RESUBMIT ? SUBMITTED : null;
      case APPROVED, REFUSED -> null;
    };
    if (next == null) {
      throw new TeiaException("exchange.practice.refused." + decision.name());
    }
    return next;
  }

  public String labelKey() {
    return "exchange.practice.status." + name();
  }
}
