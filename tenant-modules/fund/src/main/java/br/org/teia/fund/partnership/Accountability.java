package br.org.teia.fund.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** One accountability of the entity (a yearly one or the final one) and where it stands. */
@Embeddable
public record Accountability(@Column(name = "period_end") LocalDate periodEnd,
    @Column(name = "final_report") boolean finalReport, boolean extended,
    @Column(name = "delivered_on") LocalDate deliveredOn, @Column(name = "reviewed_on") LocalDate reviewedOn) {

  Accountability extend() {
    return new Accountability(periodEnd, finalReport, true, deliveredOn, reviewedOn);
  }

  Accountability deliver(LocalDate on) {
    return new Accountability(periodEnd, finalReport, extended, on, reviewedOn);
  }

  Accountability review(LocalDate on) {
    return new Accountability(periodEnd, finalReport, extended, deliveredOn, on);
  }

  public LocalDate dueOn() {
    return MroscRules.deliveryDue(periodEnd, extended);
  }

  public LocalDate reviewDueOn() {
    return deliveredOn == null ? null : MroscRules.reviewDue(deliveredOn);
  }
}
