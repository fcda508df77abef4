package br.org.teia.council.resolution;

/** How many resolutions the municipality's councils published in a year and in the year before. */
public record PublishedCounts(int year, long thisYear, long lastYear) {}
