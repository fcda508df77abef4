/** Lists as files people open in a spreadsheet: CSV as Brazilian Excel reads it, and XLSX. */
package br.org.teia.kernel.export;
