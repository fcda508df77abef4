package br.org.teia.console.region;

/** What a region CSV import wrote: regions and municipalities, replacing what the set held. */
public record ImportResult(int regions, int municipalities) {}
