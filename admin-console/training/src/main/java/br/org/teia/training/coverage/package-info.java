/** Training coverage as the association's indicators: aggregates of issued certificates per municipality, no person. */
package br.org.teia.training.coverage;
