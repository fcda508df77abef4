/**
 * The documents library: technical notes, legislation, templates, presentations, in folders and
 * with tags, each with its versions and download count; full-text search in Portuguese over the
 * title, description, tags and the text of PDFs (extracted with PDFBox), accents and plurals aside.
 */
package br.org.teia.exchange.document;
