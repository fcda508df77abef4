package br.org.teia.council.complaint;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ComplaintRepository extends JpaRepository<Complaint, UUID> {

  /** Newest first; {@code status} and {@code text} (in subject or concerning, any case) are optional. */
  @Query("""
      SELECT c FROM Complaint c WHERE c.councilId = :councilId
        AND (:status IS NULL OR c.status = :status)
        AND (:text IS NULL OR lower(c.subject) LIKE :text OR lower(coalesce(c.concerning, '')) LIKE :text)
      ORDER BY c.year DESC, c.number DESC""")
  List<Complaint> search(UUID councilId, ComplaintStatus status, String text);
}
