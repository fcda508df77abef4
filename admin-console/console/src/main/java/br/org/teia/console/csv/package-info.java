/** Reading the small CSV files staff upload, and reporting their wrong lines all at once. */
package br.org.teia.console.csv;
