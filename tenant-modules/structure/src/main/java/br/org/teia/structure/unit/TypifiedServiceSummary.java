package br.org.teia.structure.unit;

import java.util.Set;

/** A service of the Tipificação Nacional and the unit types that may offer it. */
public record TypifiedServiceSummary(String code, String name, ProtectionLevel protectionLevel, int position,
    Set<UnitType> offeredBy) {}
