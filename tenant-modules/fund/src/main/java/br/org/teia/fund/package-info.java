/**
 * Tenant module "fund": the municipal social-assistance fund (FMAS) as SUAS sees it, next to the
 * municipality's integrated accounting system (SIAFIC), never replacing it: the fund's registry
 * (CNPJ, managing body, ordenador de despesa, creating law, bank accounts per financing block),
 * the catalogue of financing blocks and funding sources as data versioned by year, the budget by
 * block, the execution ledger (revenues listed with their origin, a wrong one reversed by a new entry)
 * and the import of the accounting system's export (hand entry's MROSC rule included), the SUAS controls
 * per block and the execution reports (PDF, XLSX), the annual demonstrativo sent to the council for its
 * opinion, MROSC partnerships with inscribed entities, and the fund's public transparency page. Depends on the kernel, on the structure's published
 * {@code api} (units by name) and on the council's published {@code api} (the appreciation events).
 */
package br.org.teia.fund;
