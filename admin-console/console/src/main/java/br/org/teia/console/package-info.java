/**
 * The association console (COGEMAS staff): member catalogue and onboarding, regions, anonymised
 * indicator comparison. Sees platform data and aggregates only, never a tenant schema.
 */
package br.org.teia.console;
