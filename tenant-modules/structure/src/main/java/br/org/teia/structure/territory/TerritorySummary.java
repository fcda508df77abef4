package br.org.teia.structure.territory;

import java.util.UUID;

/** A territory as grids, forms and the API read it. */
public record TerritorySummary(UUID id, String name, String neighbourhoods, Integer estimatedFamilies,
    String vulnerabilityNotes, int version) {}
