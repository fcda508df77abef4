package br.org.teia.fund.partnership;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A partnership as the manager types it on screen: the total paid in {@code instalments} equal parts spread
 * over the term from its first day (the last part takes the centavos left), or nothing for an agreement.
 */
public record PartnershipDraft(String number, PartnershipKind kind, String entityCnpj, String entityName,
    String object, String workPlan, LocalDate startsOn, LocalDate endsOn, BigDecimal total, Integer instalments) {

  public PartnershipForm form() {
    List<Instalment> parts = new ArrayList<>();
    int count = instalments == null ? 0 : instalments;
    if (kind != null && kind.transfersMoney() && total != null && total.signum() > 0 && count > 0 && count <= 60
        && startsOn != null && endsOn != null && !endsOn.isBefore(startsOn)) {
      BigDecimal part = total.divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
      long months = Math.max(1, ChronoUnit.MONTHS.between(startsOn, endsOn) + 1);
      for (int i = 0; i < count; i++) {
        LocalDate due = startsOn.plusMonths(months * i / count);
        BigDecimal amount = i == count - 1 ? total.subtract(part.multiply(BigDecimal.valueOf(count - 1))) : part;
        parts.add(new Instalment(due.isAfter(endsOn) ? endsOn : due, amount));
      }
    }
    return new PartnershipForm(number, kind, entityCnpj, entityName, object, workPlan, startsOn, endsOn,
        kind == PartnershipKind.COOPERATION && total == null ? BigDecimal.ZERO : total, parts);
  }
}
