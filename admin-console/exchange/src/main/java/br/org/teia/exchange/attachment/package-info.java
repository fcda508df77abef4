/**
 * Files attached to news and practices, kept in {@code platform.exchange_attachment} (ADR 0016).
 * Whoever may see the owner may download its files: the owning feature checks, this package stores.
 */
package br.org.teia.exchange.attachment;
