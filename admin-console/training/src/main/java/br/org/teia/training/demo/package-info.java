/** The training module's demo data: a catalogue, classes past and open, enrolments, issued certificates. */
package br.org.teia.training.demo;
