package br.org.teia.council.complaint;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ComplaintFollowUpRepository extends JpaRepository<ComplaintFollowUp, UUID> {

  @Query("SELECT f FROM ComplaintFollowUp f WHERE f.complaintId = :complaintId ORDER BY f.occurredOn, f.createdAt")
  List<ComplaintFollowUp> findAllByComplaint(UUID complaintId);
}
