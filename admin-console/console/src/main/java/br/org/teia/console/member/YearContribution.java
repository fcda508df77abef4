package br.org.teia.console.member;

/** The contribution status of one year. */
public record YearContribution(int year, ContributionStatus status) {}
