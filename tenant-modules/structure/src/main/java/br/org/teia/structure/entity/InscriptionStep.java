package br.org.teia.structure.entity;

import java.time.Instant;
import java.time.LocalDate;

/** One step of an entity's inscription history, in the order it was received. */
public record InscriptionStep(String council, InscriptionState state, LocalDate date, String certificateCode,
    Instant recordedAt) {}
