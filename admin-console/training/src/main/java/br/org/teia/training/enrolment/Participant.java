package br.org.teia.training.enrolment;

import java.util.UUID;

/** A person who takes courses: a Teia account, or an outside participant ({@code accountId} null). CPF as 11 digits or null. */
public record Participant(UUID id, UUID accountId, String name, String cpf, String email) {}
