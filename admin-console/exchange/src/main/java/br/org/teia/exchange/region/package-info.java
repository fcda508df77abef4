/** The console's regions (platform schema) as the exchange offers them: audiences and search filters. */
package br.org.teia.exchange.region;
