package br.org.teia.console.region;

import java.util.UUID;

/** A region set: its name, its state, how many regions and municipalities it holds. */
public record RegionSetSummary(UUID id, String name, String uf, int regions, int municipalities, int version) {}
