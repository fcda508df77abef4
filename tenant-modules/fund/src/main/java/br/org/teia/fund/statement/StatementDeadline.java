package br.org.teia.fund.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A year's deadlines for the demonstrativo: the manager's (sent to the council) and the council's opinion. */
@Entity
@Table(name = "fund_statement_deadline")
class StatementDeadline {

  @Id
  private int year;
  @Column(name = "send_by")
  private LocalDate sendBy;
  @Column(name = "opinion_by")
  private LocalDate opinionBy;
  @Column(name = "legal_basis")
  private String legalBasis;

  protected StatementDeadline() {}

  LocalDate sendBy() {
    return sendBy;
  }

  LocalDate opinionBy() {
    return opinionBy;
  }
}
