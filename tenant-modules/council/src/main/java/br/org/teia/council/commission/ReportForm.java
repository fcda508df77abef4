package br.org.teia.council.commission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A report of a commission to the plenary. */
public record ReportForm(
    @NotNull(message = "{council.commission.report.date.required}") LocalDate date,
    @NotBlank(message = "{council.commission.report.title.required}")
    @Size(max = 300, message = "{council.commission.report.title.size}") String title,
    @NotBlank(message = "{council.commission.report.text.required}")
    @Size(max = 100000, message = "{council.commission.report.text.size}") String text) {

  public ReportForm {
    title = title == null ? null : title.strip();
    text = text == null ? null : text.strip();
  }
}
