/**
 * SUAS value types every module shares, once: the CPF and CNPJ (check digits by Hibernate
 * Validator's {@code @CPF}/{@code @CNPJ}) and the municipality's size class (porte).
 */
package br.org.teia.kernel.suas;
