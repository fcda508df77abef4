package br.org.teia.fund.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** A resource received by the fund in a month, for a block, from a source. */
@Entity
@Table(name = "fund_revenue")
class Revenue {

  @Id
  private UUID id;
  private int year;
  private int month;
  @Column(name = "block_code")
  private String blockCode;
  @Column(name = "source_code")
  private String sourceCode;
  private BigDecimal amount;
  private String document;
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  protected Revenue() {}

  static Revenue of(RevenueForm form, Clock clock) {
    Revenue revenue = new Revenue();
    revenue.id = UUID.randomUUID();
    revenue.year = form.year();
    revenue.month = form.month();
    revenue.blockCode = form.blockCode();
    revenue.sourceCode = form.sourceCode();
    revenue.amount = Money.positive(form.amount());
    revenue.document = form.document();
    revenue.createdAt = clock.instant();
    return revenue;
  }

  static Revenue of(RevenueLine line, Clock clock) {
    return of(new RevenueForm(line.year(), line.month(), line.blockCode(), line.sourceCode(), line.amount(),
        line.document()), clock);
  }

  UUID id() {
    return id;
  }
}
