package br.org.teia.council.inscription;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a step records: its date and a text (the analysis, the visit's report, the reason to skip the
 * visit or to return for diligence, the opinion, where the decision was published, the letter's
 * text). The commission's opinion also says whether it is {@code favourable}, which commission gave it
 * and who signed it (as written: commissions are named, not linked).
 */
public record StepForm(
    @NotNull(message = "{council.inscription.date.required}")
    @PastOrPresent(message = "{council.inscription.date.future}") LocalDate on,
    @Size(max = 8000, message = "{council.inscription.text.size}") String text,
    Boolean favourable,
    @Size(max = 300, message = "{council.inscription.commission.size}") String commission,
    @Size(max = 300, message = "{council.inscription.signed-by.size}") String signedBy) {

  public static StepForm on(LocalDate on, String text) {
    return new StepForm(on, text, null, null, null);
  }
}
