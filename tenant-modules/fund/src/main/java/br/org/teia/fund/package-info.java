/**
 * Tenant module "fund": the municipal social-assistance fund (FMAS) as SUAS sees it, next to the
 * municipality's integrated accounting system (SIAFIC), never replacing it: the fund's registry
 * (CNPJ, managing body, ordenador de despesa, creating law, bank accounts per financing block),
 * the catalogue of financing blocks and funding sources as data versioned by year, and (next) the
 * budget by block, the execution ledger and the SUAS controls. Depends on the kernel only.
 */
package br.org.teia.fund;
