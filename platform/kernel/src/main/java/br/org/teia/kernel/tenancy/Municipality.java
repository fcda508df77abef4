package br.org.teia.kernel.tenancy;

/** A Brazilian municipality from the IBGE reference list. */
public record Municipality(TenantId id, String name, String uf, String ufName) {}
