/**
 * Region sets (groupings of a state's municipalities, by hand or from CSV) and the built-in peer
 * groups by size class: what the association compares municipalities within.
 */
package br.org.teia.console.region;
