package br.org.teia.fund.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A partnership as lists and the public page read it; {@code today} is when it was read, for the flags. */
public record PartnershipSummary(UUID id, String number, PartnershipKind kind, String entityCnpj, String entityName,
    String object, String workPlan, LocalDate startsOn, LocalDate endsOn, BigDecimal total,
    List<Instalment> instalments, List<Accountability> accountabilities, LocalDate today) {

  public boolean inForce() {
    return !today.isBefore(startsOn) && !today.isAfter(endsOn);
  }

  /** Some accountability is late: its delivery, or the administration's review. */
  public boolean overdue() {
    return accountabilities.stream().anyMatch(a -> deliveryLate(a) || reviewLate(a));
  }

  public boolean deliveryLate(Accountability a) {
    return MroscRules.deliveryLate(a.periodEnd(), a.extended(), a.deliveredOn(), today);
  }

  public boolean reviewLate(Accountability a) {
    return MroscRules.reviewLate(a.deliveredOn(), a.reviewedOn(), today);
  }
}
