package br.org.teia.console.region;

import java.util.UUID;

/** A region of a set, with how many municipalities it holds and how many of them are members. */
public record RegionSummary(UUID id, String name, int municipalities, int members) {}
