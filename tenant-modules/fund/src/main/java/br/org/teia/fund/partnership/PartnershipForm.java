package br.org.teia.fund.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A partnership as the manager signs it; the service checks every field and names the one it refuses. */
public record PartnershipForm(String number, PartnershipKind kind, String entityCnpj, String entityName, String object,
    String workPlan, LocalDate startsOn, LocalDate endsOn, BigDecimal total, List<Instalment> instalments) {

  public PartnershipForm {
    number = clean(number);
    entityCnpj = entityCnpj == null ? null : entityCnpj.replaceAll("\\D", "");
    entityName = clean(entityName);
    object = clean(object);
    workPlan = clean(workPlan);
    instalments = instalments == null ? List.of() : List.copyOf(instalments);
  }

  private static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
