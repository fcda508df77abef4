/**
 * Tenant module "structure": the municipality's SUAS structure (territories first; units,
 * Tipificação services, reference teams and network entities follow). Depends on the kernel only.
 */
package br.org.teia.structure;
