package br.org.teia.council.proposal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProposalRepository extends JpaRepository<Proposal, UUID> {

  @Query("SELECT p FROM Proposal p WHERE upper(p.councilAcronym) = upper(:acronym) ORDER BY p.requestedOn, p.createdAt")
  List<Proposal> findAllByCouncil(String acronym);

  /** One page of {@link #findAllByCouncil(String)} (its offset and limit in the SQL). */
  @Query("SELECT p FROM Proposal p WHERE upper(p.councilAcronym) = upper(:acronym) ORDER BY p.requestedOn, p.createdAt, p.id")
  List<Proposal> findAllByCouncil(String acronym, Pageable page);

  @Query("SELECT count(p) FROM Proposal p WHERE upper(p.councilAcronym) = upper(:acronym)")
  long countByCouncil(String acronym);

  @Query("""
      SELECT count(p) > 0 FROM Proposal p
      WHERE upper(p.councilAcronym) = upper(:acronym) AND p.sourceModule = :module AND p.reference = :reference""")
  boolean exists(String acronym, String module, String reference);

  @Query("""
      SELECT p FROM Proposal p
      WHERE upper(p.councilAcronym) = upper(:acronym) AND p.sourceModule = :module AND p.reference = :reference""")
  java.util.Optional<Proposal> findBySource(String acronym, String module, String reference);
}
