package br.org.teia.council.inscription;

import java.time.Instant;
import java.util.UUID;

/** A document of an inscription, without its bytes. */
public record DocumentSummary(UUID id, InscriptionStep step, String fileName, String contentType, int size,
    String sha256, Instant uploadedAt, String uploadedBy) {}
