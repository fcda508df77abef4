package br.org.teia.exchange.attachment;

import java.util.UUID;

/** An attached file as lists show it (no content). */
public record AttachmentInfo(UUID id, String fileName, String contentType, int sizeBytes) {}
