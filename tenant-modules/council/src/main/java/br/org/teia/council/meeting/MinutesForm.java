package br.org.teia.council.meeting;

import jakarta.validation.constraints.NotBlank;

/** The text of a held meeting's minutes, as drafted. */
public record MinutesForm(@NotBlank(message = "{council.minutes.text.required}") String text) {}
