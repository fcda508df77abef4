package br.org.teia.training.enrolment;

import java.util.UUID;

/** A person of the acting municipality a manager may enrol. */
public record Person(UUID accountId, String name) {}
