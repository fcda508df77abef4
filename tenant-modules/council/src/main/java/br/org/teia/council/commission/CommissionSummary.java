package br.org.teia.council.commission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A commission with its members (names and seats, no CPF), coordinator and reports, newest first. */
public record CommissionSummary(UUID id, UUID councilId, CommissionKind kind, String name, List<Member> members,
    UUID coordinatorMandateId, String coordinatorName, List<Report> reports, int version) {

  /** A member: the councillor's mandate, name and segment. */
  public record Member(UUID mandateId, String personName, String segmentName) {}

  public record Report(UUID id, LocalDate date, String title, String text) {}
}
