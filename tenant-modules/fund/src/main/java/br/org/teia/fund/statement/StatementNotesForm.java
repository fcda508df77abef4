package br.org.teia.fund.statement;

import jakarta.validation.constraints.Size;

/** The manager's notes on the year's demonstrativo (blank: none), as the notes form binds them. */
public record StatementNotesForm(
    @Size(max = StatementService.MAX_NOTES, message = "{fund.statement.notes.size}") String notes) {}
