package br.org.teia.fund.catalogue;

/** Where a resource of the fund comes from in a year (FNAS, FEAS, the municipal treasury, yields...). */
public record FundingSource(String code, int firstYear, Integer lastYear, String name, Sphere sphere) {}
