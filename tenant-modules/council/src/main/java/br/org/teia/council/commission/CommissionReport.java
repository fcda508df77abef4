package br.org.teia.council.commission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What a commission reported to the plenary; reports are kept as written. */
@Entity
@Table(name = "council_commission_report")
class CommissionReport {

  @Id
  private UUID id;
  @Column(name = "report_date")
  private LocalDate date;
  private String title;
  private String text;
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  protected CommissionReport() {}

  CommissionReport(LocalDate date, String title, String text, Instant at) {
    this.id = UUID.randomUUID();
    this.date = date;
    this.title = title;
    this.text = text;
    this.createdAt = at;
  }

  LocalDate date() {
    return date;
  }

  CommissionSummary.Report summary() {
    return new CommissionSummary.Report(id, date, title, text);
  }
}
