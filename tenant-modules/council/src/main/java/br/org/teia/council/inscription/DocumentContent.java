package br.org.teia.council.inscription;

/** A file to download: a document uploaded to a step, or a generated PDF. */
public record DocumentContent(String fileName, String contentType, byte[] content) {}
