/**
 * Tenant module "council": the municipality's collegiate bodies (CMAS first, then CMDCA, elderly,
 * people with disabilities...), each with its own rules as data: composition and mandates,
 * presidency, meetings with agenda, attendance, quorum, votes and minutes, resolutions (numbered,
 * searchable, PDF), commissions, a public page, and the proposals other modules submit for
 * appreciation. Depends on the kernel only; publishes {@code council.api} for other modules.
 */
package br.org.teia.council;
