/**
 * The console's bar chart: Chart.js (already the comparison's chart library) from its WebJar,
 * drawn in the browser, always with a text alternative beside it.
 */
package br.org.teia.console.chart;
