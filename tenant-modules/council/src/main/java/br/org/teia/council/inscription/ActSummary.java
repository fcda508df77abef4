package br.org.teia.council.inscription;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An act of an inscription: {@code doneOn} the date of the act, {@code doneAt}/{@code doneBy} when and
 * by whom it was recorded; {@code favourable}, {@code commission} and {@code signedBy} for the
 * commission's opinion only.
 */
public record ActSummary(UUID id, InscriptionStep step, InscriptionAction action, LocalDate doneOn, Instant doneAt,
    String doneBy, String text, Boolean favourable, String commission, String signedBy) {}
