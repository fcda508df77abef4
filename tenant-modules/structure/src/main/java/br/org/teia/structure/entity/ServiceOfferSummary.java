package br.org.teia.structure.entity;

import br.org.teia.structure.unit.ProtectionLevel;

/** A service an entity offers, with its name and protection level from the Tipificação. */
public record ServiceOfferSummary(String serviceCode, String serviceName, ProtectionLevel protectionLevel,
    int capacity) {}
