package br.org.teia.fund.statement;

import java.time.LocalDate;
import java.util.List;

/**
 * The year's demonstrativo as the report screen shows it. {@code status} null: not prepared yet (the
 * lines are then the ledger's, as for a draft). {@code sendBy}/{@code opinionBy} null: no deadline
 * recorded for the year. {@code today} is when it was read, for the late flags.
 */
public record StatementSummary(int year, StatementStatus status, String notes, List<StatementLine> lines,
    LocalDate finalisedOn, LocalDate sentOn, String council, Boolean approved, Integer votesFor,
    Integer votesAgainst, Integer abstentions, LocalDate meetingDate, String resolutionNumber,
    String resolutionTitle, String opinion, LocalDate appreciatedOn, LocalDate sendBy, LocalDate opinionBy,
    LocalDate today) {

  public static StatementSummary notPrepared(int year, List<StatementLine> lines, LocalDate sendBy,
      LocalDate opinionBy, LocalDate today) {
    return new StatementSummary(year, null, null, lines, null, null, null, null, null, null, null, null, null, null,
        null, null, sendBy, opinionBy, today);
  }

  /** Sent after the manager's deadline, or still not sent once it passed. */
  public boolean sendingLate() {
    return late(sendBy, sentOn);
  }

  /** Appreciated after the council's deadline, or still without an opinion once it passed. */
  public boolean opinionLate() {
    return late(opinionBy, appreciatedOn);
  }

  public boolean appreciated() {
    return status == StatementStatus.APPRECIATED;
  }

  private boolean late(LocalDate deadline, LocalDate done) {
    if (deadline == null) {
      return false;
    }
    return done != null ? done.isAfter(deadline) : today.isAfter(deadline);
  }
}
