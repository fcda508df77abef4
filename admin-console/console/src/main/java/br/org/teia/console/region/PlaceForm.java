package br.org.teia.console.region;

/** The IBGE code of a municipality to place in the region chosen (the service checks it is one of the set's state). */
public record PlaceForm(String ibgeCode) {}
