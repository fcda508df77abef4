/**
 * Good practices: a municipality's management submits one, association staff moderate it
 * ({@link br.org.teia.exchange.practice.PracticeStatus}: approve, ask for changes, refuse with a
 * reason); approved practices are published to every member and searched by text, theme, region
 * and size class. The submitter is notified of each decision, members of each new publication.
 */
package br.org.teia.exchange.practice;
