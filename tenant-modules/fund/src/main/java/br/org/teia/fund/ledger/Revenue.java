package br.org.teia.fund.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
  @Enumerated(EnumType.STRING)
  private RevenueOrigin origin;
  /** The revenue this entry reverses (estorno); null for a revenue received. */
  @Column(name = "reverses_id")
  private UUID reversesId;
  private String reason;
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  protected Revenue() {}

  static Revenue of(RevenueForm form, Clock clock) {
    return of(form, RevenueOrigin.HAND, clock);
  }

  private static Revenue of(RevenueForm form, RevenueOrigin origin, Clock clock) {
    Revenue revenue = new Revenue();
    revenue.origin = origin;
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
        line.document()), RevenueOrigin.IMPORT, clock);
  }

  /** The entry that cancels this revenue: same year, block, source and amount, in the form's month. */
  Revenue reversal(RevenueReversalForm form, Clock clock) {
    Revenue reversal = new Revenue();
    reversal.id = UUID.randomUUID();
    reversal.year = year;
    reversal.month = form.month();
    reversal.blockCode = blockCode;
    reversal.sourceCode = sourceCode;
    reversal.amount = amount;
    reversal.document = form.document();
    reversal.origin = RevenueOrigin.HAND;
    reversal.reversesId = id;
    reversal.reason = form.reason();
    reversal.createdAt = clock.instant();
    return reversal;
  }

  int year() {
    return year;
  }

  int month() {
    return month;
  }

  String blockCode() {
    return blockCode;
  }

  String sourceCode() {
    return sourceCode;
  }

  BigDecimal amount() {
    return amount;
  }

  String document() {
    return document;
  }

  UUID reversesId() {
    return reversesId;
  }

  /** As the list shows it; {@code reversedDocument} the document of the revenue a reversal cancels. */
  RevenueEntry entry(String reversedDocument, boolean reversed) {
    return new RevenueEntry(id, year, month, blockCode, sourceCode, reversesId == null ? amount : amount.negate(),
        document, origin, reversedDocument, reason, reversed);
  }

  UUID id() {
    return id;
  }
}
