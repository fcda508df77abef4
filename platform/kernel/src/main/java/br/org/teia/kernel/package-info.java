/**
 * The shared kernel every Teia module stands on: tenancy (schema per municipality), security
 * (accounts, memberships, roles), the audit log, i18n and the Vaadin shell. Depends on no module.
 */
package br.org.teia.kernel;
