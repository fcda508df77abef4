package br.org.teia.exchange.forum;

import java.util.UUID;

/** A forum category, as lists and forms show it. */
public record ForumCategory(UUID id, String name, String description) {}
