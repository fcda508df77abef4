package br.org.teia.exchange.region;

import java.util.UUID;

/** A region news may go to, named with its set (e.g. "Regionais COGEMAS — Central"). */
public record RegionChoice(UUID id, String label) {}
