package br.org.teia.exchange.document;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A document as the library lists it: its current version, file and download count. */
public record DocumentSummary(UUID id, String title, String description, String folder, List<String> tags,
    int version, String fileName, int sizeBytes, int downloads, Instant updatedAt) {}
