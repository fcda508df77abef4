/**
 * Continuing education of the municipalities' gestores, staff and councillors, run by the
 * association: course catalogue and classes, enrolment with a first-come waitlist, attendance and
 * completion, certificates anyone can verify. Association data in the platform schema (its own
 * changelog), read and written with schema-qualified SQL; never a tenant schema.
 */
package br.org.teia.training;
