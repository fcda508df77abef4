/** The exchange's part of the demo data (only when {@code teia.demo.enabled}). */
package br.org.teia.exchange.demo;
