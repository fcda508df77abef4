package br.org.teia.training.catalogue;

import java.util.UUID;

/** A region of one of the console's region sets, as a class may be opened to it. */
public record RegionOption(UUID id, String label) {}
