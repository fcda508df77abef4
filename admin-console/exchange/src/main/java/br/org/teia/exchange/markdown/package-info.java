/** Markdown written by people, rendered and sanitised before anyone sees it. */
package br.org.teia.exchange.markdown;
