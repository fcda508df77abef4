package br.org.teia.training.certificate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Everything a certificate certifies, as issued (never changed afterwards), and whether it was
 * revoked and by which certificate it was replaced. The CPF is only ever kept here masked.
 */
public record PublicCertificate(UUID id, UUID enrolmentId, String code, String participantName, String maskedCpf,
    String courseTitle, String contentSummary, int workloadHours, LocalDate startsOn, LocalDate endsOn,
    int attendancePct, BigDecimal grade, String municipality, Instant issuedAt, String issuedBy, String sha256,
    Instant revokedAt, String revokedReason, String replacementCode) {

  public boolean revoked() {
    return revokedAt != null;
  }
}
