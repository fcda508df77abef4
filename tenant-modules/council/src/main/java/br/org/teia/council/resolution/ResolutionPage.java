package br.org.teia.council.resolution;

import java.util.List;

/** One page of resolutions, newest first, and how many match in all. */
public record ResolutionPage(List<ResolutionSummary> items, long total, int page, int size) {}
