package br.org.teia.fund.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One instalment of a partnership's money, as the work plan schedules it. */
@Embeddable
public record Instalment(@Column(name = "due_on") LocalDate dueOn, BigDecimal amount) {}
