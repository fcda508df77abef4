/**
 * Enrolment: people (Teia accounts or outside participants), seats held under a row lock on the
 * class, the first-come waitlist with offers that expire, the open catalogue everyone sees.
 */
package br.org.teia.training.enrolment;
