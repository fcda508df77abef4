package br.org.teia.council.complaint;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ComplaintRepository extends JpaRepository<Complaint, UUID> {

  /** {@code status} and {@code text} (in subject or concerning, any case) are optional. */
  String MATCHING = """
      FROM Complaint c WHERE c.councilId = :councilId
        AND (:status IS NULL OR c.status = :status)
        AND (:text IS NULL OR lower(c.subject) LIKE :text OR lower(coalesce(c.concerning, '')) LIKE :text)""";
  String NEWEST_FIRST = " ORDER BY c.year DESC, c.number DESC";

  /** Newest first. */
  @Query("SELECT c " + MATCHING + NEWEST_FIRST)
  List<Complaint> search(UUID councilId, ComplaintStatus status, String text);

  /** One page of {@link #search(UUID, ComplaintStatus, String)} (its offset and limit in the SQL). */
  @Query("SELECT c " + MATCHING + NEWEST_FIRST)
  List<Complaint> search(UUID councilId, ComplaintStatus status, String text, Pageable page);

  @Query("SELECT count(c) " + MATCHING)
  long count(UUID councilId, ComplaintStatus status, String text);
}
