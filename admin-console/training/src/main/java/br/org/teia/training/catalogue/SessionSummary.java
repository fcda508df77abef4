package br.org.teia.training.catalogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

public record SessionSummary(UUID id, UUID classId, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String topic) {}
