/**
 * Tenant module "structure": the municipality's SUAS structure (territories first; units,
 * Tipificação services, reference teams and network entities follow). Depends on the kernel and on
 * the council's published {@code api} (entity inscription events).
 */
package br.org.teia.structure;
