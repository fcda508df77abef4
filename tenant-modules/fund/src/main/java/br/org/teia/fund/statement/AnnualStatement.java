package br.org.teia.fund.statement;

import br.org.teia.council.api.CouncilAppreciationConcluded;
import br.org.teia.kernel.TeiaException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The fund's annual demonstrativo of one year: the manager prepares it (notes on the year), finalises it
 * (the ledger's figures per block copied, then nothing changes: a later entry in the ledger does not
 * move a finalised demonstrativo), sends it to the council, and the council's opinion comes back.
 */
@Entity
@Table(name = "fund_annual_statement")
class AnnualStatement {

  @Id
  private int year;
  @Enumerated(EnumType.STRING)
  private StatementStatus status;
  private String notes;
  @Column(name = "prepared_at")
  private Instant preparedAt;
  @Column(name = "finalised_on")
  private LocalDate finalisedOn;
  @Column(name = "sent_on")
  private LocalDate sentOn;
  private String council;
  private Boolean approved;
  @Column(name = "votes_for")
  private Integer votesFor;
  @Column(name = "votes_against")
  private Integer votesAgainst;
  private Integer abstentions;
  @Column(name = "meeting_date")
  private LocalDate meetingDate;
  @Column(name = "resolution_number")
  private String resolutionNumber;
  @Column(name = "resolution_title")
  private String resolutionTitle;
  private String opinion;
  @Column(name = "appreciated_on")
  private LocalDate appreciatedOn;
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "fund_annual_statement_line", joinColumns = @JoinColumn(name = "year"))
  @OrderColumn(name = "position")
  private List<StatementLine> lines = new ArrayList<>();
  @Version
  private int version;

  protected AnnualStatement() {}

  static AnnualStatement prepare(int year, String notes, Instant now) {
    AnnualStatement statement = new AnnualStatement();
    statement.year = year;
    statement.status = StatementStatus.DRAFT;
    statement.notes = notes;
    statement.preparedAt = now;
    return statement;
  }

  /** New notes while it is a draft; a finalised demonstrativo is refused. */
  void renote(String newNotes, Instant now) {
    requireDraft();
    notes = newNotes;
    preparedAt = now;
  }

  /** Fixes the figures: from now on nothing in it changes but what the council answers. */
  void finalise(List<StatementLine> figures, LocalDate on) {
    requireDraft();
    lines = new ArrayList<>(figures);
    finalisedOn = on;
    status = StatementStatus.FINAL;
  }

  void sent(String councilAcronym, LocalDate on) {
    if (status == StatementStatus.DRAFT) {
      throw new TeiaException("fund.statement.not-final", year);
    }
    if (status != StatementStatus.FINAL) {
      throw new TeiaException("fund.statement.already-sent", year, council);
    }
    council = councilAcronym;
    sentOn = on;
    status = StatementStatus.SENT;
  }

  /** The council's opinion, from the resolution it published; the last published one stands. */
  void appreciated(CouncilAppreciationConcluded opinion) {
    status = StatementStatus.APPRECIATED;
    approved = opinion.approved();
    votesFor = opinion.votesFor();
    votesAgainst = opinion.votesAgainst();
    abstentions = opinion.abstentions();
    meetingDate = opinion.meetingDate();
    resolutionNumber = opinion.resolutionNumber();
    resolutionTitle = opinion.resolutionTitle();
    this.opinion = opinion.resolutionText();
    appreciatedOn = opinion.publishedOn();
  }

  private void requireDraft() {
    if (status != StatementStatus.DRAFT) {
      throw new TeiaException("fund.statement.final", year);
    }
  }

  int year() {
    return year;
  }

  StatementStatus status() {
    return status;
  }

  StatementSummary summary(StatementDeadline deadline, List<StatementLine> liveLines, LocalDate today) {
    return new StatementSummary(year, status, notes, status == StatementStatus.DRAFT ? liveLines : List.copyOf(lines),
        finalisedOn, sentOn, council, approved, votesFor, votesAgainst, abstentions, meetingDate, resolutionNumber,
        resolutionTitle, opinion, appreciatedOn, deadline == null ? null : deadline.sendBy(),
        deadline == null ? null : deadline.opinionBy(), today);
  }
}
